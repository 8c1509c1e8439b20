#!/bin/sh
# Builds the Debian package with CPack, as the README says, and checks what apt will see: name,
# version, section, dependencies computed by dpkg-shlibdeps, the fonts as a recommendation, and
# the files of a desktop application.
# Usage: check_deb.sh CPACK BUILD_DIR OUT_DIR VERSION
cpack=$1
build=$2
out=$3
version=$4
# CPack computes the dependencies with dpkg-shlibdeps (dpkg-dev) and finds binaries with file.
for tool in dpkg-shlibdeps dpkg-deb file; do
    command -v "$tool" >/dev/null || {
        echo "SKIP: $tool is not installed"
        exit 0
    }
done
rm -rf "$out"
mkdir -p "$out"
"$cpack" -G DEB --config "$build/CPackConfig.cmake" -B "$out" >"$out/cpack.log" 2>&1 || {
    cat "$out/cpack.log"
    exit 1
}
deb=$(ls "$out"/bouncelens_"$version"_*.deb 2>/dev/null)
[ -f "$deb" ] || {
    echo "FAIL: no bouncelens_${version}_<arch>.deb in $out"
    ls "$out"
    exit 1
}
status=0
field()
{
    dpkg-deb --field "$deb" "$1"
}
check()
{
    # check WHAT VALUE PATTERN: VALUE matches the grep -E PATTERN
    printf '%s\n' "$2" | grep -Eq "$3" || {
        echo "FAIL: $1 is '$2', expected /$3/"
        status=1
    }
}
check Package "$(field Package)" '^bouncelens$'
check Version "$(field Version)" "^$version\$"
check Section "$(field Section)" '^mail$'
check Architecture "$(field Architecture)" "^$(dpkg --print-architecture)\$"
check Depends "$(field Depends)" 'libqt6widgets6'
check Depends "$(field Depends)" 'libqt6core6'
check Depends "$(field Depends)" 'libgmime-3\.0-0'
check Depends "$(field Depends)" 'libuchardet0'
check Depends "$(field Depends)" 'libc6 \(>='
check Recommends "$(field Recommends)" 'fonts-noto-cjk'
check Description "$(field Description)" '^Offline reference for Gmail SMTP error codes'
check Description "$(field Description | sed -n 2p)" '^ BounceLens explains'
check Description "$(field Description | grep -c .)" '^([5-9]|[1-9][0-9])$'

contents=$(dpkg-deb --contents "$deb" | awk '{ print $6 }')
for file in ./usr/bin/bouncelens ./usr/lib/bouncelens/bouncelens_gui.so \
    ./usr/share/applications/bouncelens.desktop \
    ./usr/share/metainfo/io.github.bouncelens.BounceLens.metainfo.xml \
    ./usr/share/icons/hicolor/scalable/apps/bouncelens.svg \
    ./usr/share/icons/hicolor/16x16/apps/bouncelens.png \
    ./usr/share/icons/hicolor/256x256/apps/bouncelens.png \
    ./usr/share/man/man1/bouncelens.1.gz \
    ./usr/share/bash-completion/completions/bouncelens; do
    printf '%s\n' "$contents" | grep -qx "$file" || {
        echo "FAIL: $file is not in the package"
        status=1
    }
done
# Files are root's and not writable by others (CPack takes the build user's otherwise).
dpkg-deb --contents "$deb" | awk '$2 != "root/root" || $1 ~ /^.....w|^........w/ { print; bad = 1 }
    END { exit bad }' || {
    echo "FAIL: files above have the wrong owner or permissions"
    status=1
}
# The installed binaries are stripped.
dir="$out/extracted"
dpkg-deb --extract "$deb" "$dir"
if file "$dir/usr/bin/bouncelens" | grep -q 'not stripped'; then
    echo "FAIL: /usr/bin/bouncelens is not stripped"
    status=1
fi
[ "$status" -eq 0 ] && echo "OK: $deb" && dpkg-deb --info "$deb" | sed -n '/Architecture:/,$p'
exit "$status"
