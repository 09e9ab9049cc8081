package html

// TagID identifies a known HTML tag (upstream's tag_id_t); unknown tags
// get negative identifiers derived from their names.
type TagID int32

// Known tags, numbered as upstream.
const (
	TagUnknown TagID = iota
	TagA
	TagAbbr
	TagAcronym
	TagAddress
	TagApplet
	TagArea
	TagB
	TagBase
	TagBasefont
	TagBdo
	TagBig
	TagBlockquote
	TagBody
	TagBr
	TagButton
	TagCaption
	TagCenter
	TagCite
	TagCode
	TagCol
	TagColgroup
	TagDd
	TagDel
	TagDfn
	TagDir
	TagDiv
	TagDl
	TagDt
	TagEm
	TagFieldset
	TagFont
	TagForm
	TagFrame
	TagFrameset
	TagH1
	TagH2
	TagH3
	TagH4
	TagH5
	TagH6
	TagHead
	TagHr
	TagHTML
	TagI
	TagIframe
	TagImg
	TagInput
	TagIns
	TagIsindex
	TagKbd
	TagKeygen
	TagLabel
	TagLegend
	TagLi
	TagLink
	TagListing
	TagMap
	TagMenu
	TagMeta
	TagNoframes
	TagNoscript
	TagObject
	TagOl
	TagOptgroup
	TagOption
	TagP
	TagParam
	TagPlaintext
	TagPre
	TagQ
	TagRb
	TagRbc
	TagRp
	TagRt
	TagRtc
	TagRuby
	TagS
	TagSamp
	TagScript
	TagSelect
	TagSmall
	TagSpan
	TagStrike
	TagStrong
	TagStyle
	TagSub
	TagSup
	TagTable
	TagTbody
	TagTd
	TagTextarea
	TagTfoot
	TagTh
	TagThead
	TagTitle
	TagTr
	TagTt
	TagU
	TagUl
	TagVar
	TagXmp
	TagNextid
	TagArticle
	TagAside
	TagAudio
	TagBdi
	TagCanvas
	TagData
	TagDatalist
	TagDetails
	TagDialog
	TagEmbed
	TagFigcaption
	TagFigure
	TagFooter
	TagHeader
	TagHgroup
	TagMain
	TagMark
	TagMeter
	TagNav
	TagOutput
	TagPicture
	TagProgress
	TagSection
	TagSlot
	TagSource
	TagSummary
	TagSvg
	TagTemplate
	TagTime
	TagTrack
	TagVideo
	TagWbr
	TagMax
)

// tagBroken is the id of tags that could not be parsed (upstream's N_TAGS).
const tagBroken TagID = -1

// Content model flags of tag definitions (upstream's CM_*).
const (
	CMEmpty = 1 << iota
	CMHTML
	CMHead
	CMBlock
	CMInline
	CMList
	CMDefList
	CMTable
	CMRowGrp
	CMRow
	CMField
	CMRaw
	CMParam
	CMOpt
	CMImg
	CMNoIndent
	CMOmitST
	CMUnique
)

// Parser flags of tags (upstream's FL_*).
const (
	FlagXML = 1 << (18 + iota)
	FlagClosed
	FlagBroken
	FlagIgnore
	FlagBlock
	FlagHref
	FlagComment
	FlagVirtual
)

type tagDef struct {
	name  string
	id    TagID
	flags uint32
}

var tagDefs = [...]tagDef{
	{"a", TagA, FlagHref},
	{"abbr", TagAbbr, CMInline},
	{"acronym", TagAcronym, CMInline},
	{"address", TagAddress, CMBlock},
	{"applet", TagApplet, CMImg | CMInline | CMParam},
	{"area", TagArea, CMBlock | CMEmpty | FlagHref},
	{"b", TagB, CMInline | FlagBlock},
	{"base", TagBase, CMHead | CMEmpty},
	{"basefont", TagBasefont, CMInline | CMEmpty},
	{"bdo", TagBdo, CMInline},
	{"big", TagBig, CMInline},
	{"blockquote", TagBlockquote, CMBlock},
	{"body", TagBody, CMHTML | CMOpt | CMOmitST | CMUnique | FlagBlock},
	{"br", TagBr, CMInline | CMEmpty},
	{"button", TagButton, CMInline | FlagBlock},
	{"caption", TagCaption, CMTable},
	{"center", TagCenter, CMBlock},
	{"cite", TagCite, CMInline},
	{"code", TagCode, CMInline},
	{"col", TagCol, CMTable | CMEmpty},
	{"colgroup", TagColgroup, CMTable | CMOpt},
	{"dd", TagDd, CMDefList | CMOpt | CMNoIndent},
	{"del", TagDel, CMInline | CMBlock},
	{"dfn", TagDfn, CMInline},
	{"dir", TagDir, CMBlock},
	{"div", TagDiv, CMBlock | FlagBlock},
	{"dl", TagDl, CMBlock | FlagBlock},
	{"dt", TagDt, CMDefList | CMOpt | CMNoIndent},
	{"em", TagEm, CMInline},
	{"fieldset", TagFieldset, CMBlock},
	{"font", TagFont, FlagBlock},
	{"form", TagForm, CMBlock | FlagHref},
	{"frame", TagFrame, CMEmpty | FlagHref},
	{"frameset", TagFrameset, CMHTML},
	{"h1", TagH1, CMBlock},
	{"h2", TagH2, CMBlock},
	{"h3", TagH3, CMBlock},
	{"h4", TagH4, CMBlock},
	{"h5", TagH5, CMBlock},
	{"h6", TagH6, CMBlock},
	{"head", TagHead, CMHTML | CMOpt | CMOmitST | CMUnique},
	{"hr", TagHr, CMBlock | CMEmpty},
	{"html", TagHTML, CMHTML | CMOpt | CMOmitST | CMUnique},
	{"i", TagI, CMInline},
	{"iframe", TagIframe, FlagHref},
	{"img", TagImg, CMInline | CMImg | CMEmpty},
	{"input", TagInput, CMInline | CMImg | CMEmpty},
	{"ins", TagIns, CMInline | CMBlock},
	{"isindex", TagIsindex, CMBlock | CMEmpty},
	{"kbd", TagKbd, CMInline},
	{"label", TagLabel, CMInline},
	{"legend", TagLegend, CMInline},
	{"li", TagLi, CMList | CMOpt | CMNoIndent | FlagBlock},
	{"link", TagLink, CMEmpty | FlagHref},
	{"listing", TagListing, CMBlock},
	{"map", TagMap, CMInline | FlagHref},
	{"menu", TagMenu, CMBlock},
	{"meta", TagMeta, CMHead | CMInline | CMEmpty},
	{"noframes", TagNoframes, CMBlock},
	{"noscript", TagNoscript, CMBlock | CMInline | CMRaw},
	{"object", TagObject, CMHead | CMImg | CMInline | CMParam},
	{"ol", TagOl, CMBlock | FlagBlock},
	{"optgroup", TagOptgroup, CMField | CMOpt},
	{"option", TagOption, CMField | CMOpt},
	{"p", TagP, CMBlock | CMOpt | FlagBlock},
	{"param", TagParam, CMInline | CMEmpty},
	{"plaintext", TagPlaintext, CMBlock},
	{"pre", TagPre, CMBlock},
	{"q", TagQ, CMInline},
	{"rb", TagRb, CMInline},
	{"rbc", TagRbc, CMInline},
	{"rp", TagRp, CMInline},
	{"rt", TagRt, CMInline},
	{"rtc", TagRtc, CMInline},
	{"ruby", TagRuby, CMInline},
	{"s", TagS, CMInline},
	{"samp", TagSamp, CMInline},
	{"script", TagScript, CMHead | CMRaw},
	{"select", TagSelect, CMInline | CMField},
	{"small", TagSmall, CMInline},
	{"span", TagSpan, CMNoIndent | FlagBlock},
	{"strike", TagStrike, CMInline},
	{"strong", TagStrong, CMInline},
	{"style", TagStyle, CMHead | CMRaw},
	{"sub", TagSub, CMInline},
	{"sup", TagSup, CMInline},
	{"table", TagTable, CMBlock | FlagBlock},
	{"tbody", TagTbody, CMTable | CMRowGrp | CMOpt | FlagBlock},
	{"td", TagTd, CMRow | CMOpt | CMNoIndent | FlagBlock},
	{"textarea", TagTextarea, CMInline | CMField},
	{"tfoot", TagTfoot, CMTable | CMRowGrp | CMOpt},
	{"th", TagTh, CMRow | CMOpt | CMNoIndent | FlagBlock},
	{"thead", TagThead, CMTable | CMRowGrp | CMOpt},
	{"title", TagTitle, CMHead | CMUnique},
	{"tr", TagTr, CMTable | CMOpt | FlagBlock},
	{"tt", TagTt, CMInline},
	{"u", TagU, CMInline},
	{"ul", TagUl, CMBlock | FlagBlock},
	{"var", TagVar, CMInline},
	{"xmp", TagXmp, CMBlock},
	{"nextid", TagNextid, CMHead | CMEmpty},
	{"article", TagArticle, CMBlock | FlagBlock},
	{"aside", TagAside, CMBlock | FlagBlock},
	{"audio", TagAudio, CMInline | FlagHref},
	{"bdi", TagBdi, CMInline},
	{"canvas", TagCanvas, CMInline},
	{"data", TagData, CMInline},
	{"datalist", TagDatalist, CMInline},
	{"details", TagDetails, CMBlock | FlagBlock},
	{"dialog", TagDialog, CMBlock | FlagBlock},
	{"embed", TagEmbed, CMInline | CMEmpty | FlagHref},
	{"figcaption", TagFigcaption, CMBlock},
	{"figure", TagFigure, CMBlock | FlagBlock},
	{"footer", TagFooter, CMBlock | FlagBlock},
	{"header", TagHeader, CMBlock | FlagBlock},
	{"hgroup", TagHgroup, CMBlock},
	{"keygen", TagKeygen, CMInline | CMEmpty},
	{"main", TagMain, CMBlock | FlagBlock},
	{"mark", TagMark, CMInline},
	{"meter", TagMeter, CMInline},
	{"nav", TagNav, CMBlock | FlagBlock},
	{"output", TagOutput, CMInline},
	{"picture", TagPicture, CMInline},
	{"progress", TagProgress, CMInline},
	{"section", TagSection, CMBlock | FlagBlock},
	{"slot", TagSlot, CMInline},
	{"source", TagSource, CMInline | CMEmpty | FlagHref},
	{"summary", TagSummary, CMBlock},
	{"svg", TagSvg, CMInline},
	{"template", TagTemplate, CMInline | CMRaw},
	{"time", TagTime, CMInline},
	{"track", TagTrack, CMInline | CMEmpty | FlagHref},
	{"video", TagVideo, CMInline | FlagHref},
	{"wbr", TagWbr, CMInline | CMEmpty},
}

var (
	tagByName = map[string]*tagDef{}
	tagByID   = map[TagID]*tagDef{}
)

func init() {
	for i := range tagDefs {
		d := &tagDefs[i]
		tagByName[d.name] = d
		tagByID[d.id] = d
	}
}

// TagByName returns the id of a known tag name (lowercase).
func TagByName(name string) (TagID, bool) {
	if d := tagByName[name]; d != nil {
		return d.id, true
	}
	return 0, false
}

// Name returns the name of a known tag, "" otherwise.
func (id TagID) Name() string {
	if id > TagUnknown && id < TagMax {
		if d := tagByID[id]; d != nil {
			return d.name
		}
	}
	return ""
}

// unknownTagID derives the (negative) id of an unknown tag from its name,
// so that closing tags of the same name pair with it.
func unknownTagID(name []byte) TagID {
	h := uint32(2166136261)
	for _, c := range name {
		h ^= uint32(c)
		h *= 16777619
	}
	return TagID(int32(h | 0x80000000))
}
