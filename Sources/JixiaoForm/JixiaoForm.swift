// The 自评表 domain (issue 3) lives in this target.
import XLSXReader
