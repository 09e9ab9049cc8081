package expr

import (
	"math"
	"strconv"

	"github.com/gorspamd/rspamd/internal/logger"
)

// formatLimit renders a numeric operand as rspamd_expression_tostring does:
// integral values (in int64 range) as integers, others with rspamd's "%f".
func formatLimit(v float64) string {
	if v >= -(1<<63) && v < 1<<63 && v == math.Trunc(v) {
		return strconv.FormatInt(int64(v), 10)
	}
	return string(logger.AppendFloat(nil, v, -1, false))
}
