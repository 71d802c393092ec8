#!/usr/bin/env bash
# Installs the system libraries jixiao links against, only when they are missing.
# Called by `make demo`, `make test` and `make bench`, so a fresh Debian machine with Swift needs nothing else.
#
#   Scripts/setup.sh               the libraries jixiao needs to build and run
#   Scripts/setup.sh --for-tests   those, and what the tests need besides: LibreOffice (libreoffice-calc-nogui, and Writer),
#                                  which jixiao uses to read old .xls/.et files and the .xls tests need
#                                  (`make test`), and for the page comparison (Tests/JixiaoTestSupport/PageRenderer)
#                                  pdftoppm (poppler-utils) and a CJK font (fonts-wqy-microhei) so Chinese renders
#                                  as glyphs, and Chromium with its WebDriver (chromium, chromium-driver) for the
#                                  browser tests of `jixiao serve` (Tests/BrowserTests). The tool itself never
#                                  requires them, so `make demo` leaves them out.
# Quiet and quick when everything is there.
set -euo pipefail

for_tests=false
case "${1:-}" in
  "") ;;
  --for-tests) for_tests=true ;;
  *) echo "usage: Scripts/setup.sh [--for-tests]" >&2; exit 2 ;;
esac

installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'; }

needed=()
for pkg in libzip-dev libxlsxwriter-dev pkg-config; do
  installed "$pkg" || needed+=("$pkg")
done
if $for_tests; then
  # Any LibreOffice will do (libreoffice-calc, a download in /opt, ...): only when there is no soffice at all is
  # the headless Calc installed (it conflicts with the desktop packages, so those are never replaced).
  if ! command -v soffice >/dev/null 2>&1 && [ ! -x /usr/lib/libreoffice/program/soffice ] \
     && ! compgen -G '/opt/libreoffice*/program/soffice' >/dev/null; then
    needed+=(libreoffice-calc-nogui)
  fi
  command -v pdftoppm >/dev/null 2>&1 || needed+=(poppler-utils)
  # The .docx read-back tests (DOCXWriterTests) need Writer besides Calc (pdftotext comes with poppler-utils).
  if [ -x /usr/lib/libreoffice/program/soffice ] && [ ! -e /usr/lib/libreoffice/program/libswlo.so ]; then
    installed libreoffice-writer-nogui || installed libreoffice-writer || needed+=(libreoffice-writer-nogui)
  fi
  # The browser tests drive Debian's Chromium through its chromedriver (Tests/BrowserTests).
  command -v chromium >/dev/null 2>&1 || needed+=(chromium)
  command -v chromedriver >/dev/null 2>&1 || needed+=(chromium-driver)
  # Any CJK font will do (fontconfig substitutes it for 宋体, 仿宋_GB2312 …): only when there is none.
  if ! fc-list :lang=zh 2>/dev/null | grep -q .; then
    installed fonts-wqy-microhei || needed+=(fonts-wqy-microhei)
  fi
fi
[ ${#needed[@]} -eq 0 ] && exit 0

echo "jixiao: installing ${needed[*]} ..." >&2
sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then sudo_cmd=(sudo); else
    echo "jixiao: please install as root: apt-get install ${needed[*]}" >&2; exit 1
  fi
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq >/dev/null
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${needed[@]}" >/dev/null
