// The writer layer over libxlsxwriter (issue 4) lives in this target.
import CXlsxWriter
