#ifndef JIXIAO_CXLSXWRITER_SHIM_H
#define JIXIAO_CXLSXWRITER_SHIM_H
#include <xlsxwriter.h>
#endif
