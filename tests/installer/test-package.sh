#!/usr/bin/env bash
# Builds the .deb and .tar.gz, validates the desktop file and the AppStream metainfo, installs the
# .deb with apt-get (which resolves its Depends), and runs the installed programs.
#   test-package.sh SOURCE_DIR BUILD_DIR
set -euo pipefail
src="$1"
build="$2"
fail() { echo "package: $*" >&2; exit 1; }

desktop-file-validate "$src/resources/agent-workbench.desktop" || fail "desktop file is not valid"
appstreamcli validate --no-net --explain "$src/resources/io.github.agentworkbench.AgentWorkbench.metainfo.xml" \
    || fail "metainfo is not valid"

out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
(cd "$build" && cpack -G "DEB;TGZ" -B "$out" >"$out/cpack.log" 2>&1) || { cat "$out/cpack.log"; fail "cpack failed"; }
deb="$(ls "$out"/*.deb)"
tgz="$(ls "$out"/*.tar.gz)"
echo "package: built $(basename "$deb") and $(basename "$tgz")"
dpkg-deb --info "$deb" | grep -E "Package|Version|Depends"
contents="$(dpkg-deb --contents "$deb")"
for f in usr/bin/agent-workbench usr/bin/awb usr/share/applications/agent-workbench.desktop \
    usr/share/metainfo/io.github.agentworkbench.AgentWorkbench.metainfo.xml \
    usr/share/icons/hicolor/256x256/apps/agent-workbench.png usr/share/icons/hicolor/scalable/apps/agent-workbench.svg \
    usr/share/agent-workbench/samples/agents/code-reviewer.md \
    usr/share/agent-workbench/translations/agent-workbench_de.qm \
    usr/share/agent-workbench/translations/agent-workbench_fr.qm \
    usr/share/man/man1/agent-workbench.1.gz usr/share/man/man1/awb.1.gz \
    usr/share/doc/agent-workbench/copyright usr/share/doc/agent-workbench/changelog.gz \
    usr/share/lintian/overrides/agent-workbench; do
    grep -q "$f" <<<"$contents" || fail "the .deb has no $f"
done
info="$(dpkg-deb --info "$deb")"
grep -q "Recommends: .*qt6-translations-l10n" <<<"$info" || fail "the .deb does not recommend Qt's translations"

# lintian: errors and warnings fail the test (remaining info tags are explained in
# installer/lintian-notes.md; deliberate exceptions are overrides shipped in the package).
command -v lintian >/dev/null || fail "lintian is not installed (see installer/debian-packages.txt)"
lintian --pedantic -I "$deb" >"$out/lintian.txt" 2>&1 || true
grep -v "running with root privileges" "$out/lintian.txt" | sed 's/^/package: lintian: /' || true
if grep -qE "^(E|W): " "$out/lintian.txt"; then
    fail "lintian reports errors or warnings (above)"
fi
unexplained="$(grep -E "^[IP]: " "$out/lintian.txt" | awk '{print $3}' | sort -u | while read -r tag; do
    grep -q -- "$tag" "$src/installer/lintian-notes.md" || echo "$tag"
done)"
[[ -z "$unexplained" ]] || fail "lintian tags not explained in installer/lintian-notes.md: $unexplained"

tar -tzf "$tgz" >"$out/tgz.txt"
grep -q "bin/awb" "$out/tgz.txt" || fail "the .tar.gz has no awb"

if [[ $(id -u) -ne 0 ]]; then
    echo "package: not root, so the .deb is built and checked but not installed"
    exit 0
fi
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$deb" >"$out/apt.log" 2>&1 || { cat "$out/apt.log"; fail "apt-get could not install the .deb"; }
/usr/bin/awb --version | grep -q "awb" || fail "installed awb does not run"
QT_QPA_PLATFORM=offscreen /usr/bin/agent-workbench --version | grep -qi "agent" || fail "installed agent-workbench --version failed"
QT_QPA_PLATFORM=offscreen HOME="$out/home" /usr/bin/agent-workbench --screenshot "$out/installed.png" \
    --library /usr/share/agent-workbench/samples/agents || fail "installed GUI did not start"
[[ -s "$out/installed.png" ]] || fail "no screenshot from the installed GUI"
# The installed translations are found from /usr/bin: the German --help.
help="$(LANGUAGE=de LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen HOME="$out/home" /usr/bin/agent-workbench --help)"
grep -q "Einen Ordner mit Agenten öffnen" <<<"$help" || fail "installed agent-workbench does not speak German with LANGUAGE=de"
[[ -f /usr/share/man/man1/awb.1.gz ]] || fail "awb(1) is not installed"
file "$out/installed.png" | grep -q "PNG image" || fail "the screenshot is not a PNG"
echo "package: installed and ran /usr/bin/awb and /usr/bin/agent-workbench (screenshot $(stat -c %s "$out/installed.png") bytes)"
echo "1 passed, 0 failed"
