#ifndef GR_CED_WRAPPER_H
#define GR_CED_WRAPPER_H
#ifdef __cplusplus
extern "C" {
#endif
const char *gr_ced_detect(const char *text, int len);
#ifdef __cplusplus
}
#endif
#endif
