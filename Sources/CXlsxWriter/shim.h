#ifndef JIXIAO_CXLSXWRITER_SHIM_H
#define JIXIAO_CXLSXWRITER_SHIM_H
#include <stdio.h>
#include <xlsxwriter.h>

/* libxlsxwriter prints its failures ("[ERROR] workbook_close(): ...") to C's stderr. The writer reports them
   itself, with the code the call returns, so it points C's stderr elsewhere while such a call runs. Swift 6
   does not let Swift code touch the global `stderr` variable, hence these two accessors. */
static inline FILE *jixiao_c_stderr(void) { return stderr; }
static inline void jixiao_set_c_stderr(FILE *stream) { stderr = stream; }
#endif
