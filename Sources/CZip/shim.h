#ifndef JIXIAO_CZIP_SHIM_H
#define JIXIAO_CZIP_SHIM_H
#include <zip.h>
#endif
