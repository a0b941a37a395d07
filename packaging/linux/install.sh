#!/bin/sh
# Install CoalitionDesk's menu entry, icons and AppStream metadata on Linux.
#
#   packaging/linux/install.sh [--prefix DIR] [--bundle DIR]
#
# --prefix  where to install: ~/.local (the default, for one user) or /usr/local
# --bundle  also install a built bundle (dist/CoalitionDesk) as DIR/lib/coalitiondesk
#           and link DIR/bin/coalitiondesk to it; without it, the menu entry runs
#           the `coalitiondesk` that `pip install` put on the PATH.
set -eu

id=org.coalitiondesk.CoalitionDesk
here=$(cd "$(dirname "$0")" && pwd)
icons=$here/../../resources/icons/app
prefix=${HOME}/.local
bundle=

while [ $# -gt 0 ]; do
    case $1 in
        --prefix) prefix=$2; shift 2 ;;
        --bundle) bundle=$2; shift 2 ;;
        *) echo "install.sh: unknown option $1 (use --prefix DIR, --bundle DIR)" >&2; exit 2 ;;
    esac
done

share=$prefix/share
mkdir -p "$share/applications" "$share/metainfo" "$share/icons/hicolor/scalable/apps"
for png in "$icons"/hicolor/*/apps/$id.png; do
    size=$(basename "$(dirname "$(dirname "$png")")")
    mkdir -p "$share/icons/hicolor/$size/apps"
    cp "$png" "$share/icons/hicolor/$size/apps/$id.png"
done
cp "$icons/$id.svg" "$share/icons/hicolor/scalable/apps/$id.svg"
cp "$here/$id.metainfo.xml" "$share/metainfo/$id.metainfo.xml"

if [ -n "$bundle" ]; then
    rm -rf "$prefix/lib/coalitiondesk"
    mkdir -p "$prefix/lib" "$prefix/bin"
    cp -R "$bundle" "$prefix/lib/coalitiondesk"
    ln -sf "$prefix/lib/coalitiondesk/coalitiondesk" "$prefix/bin/coalitiondesk"
    # The menu does not search ~/.local/bin on every desktop: name the program itself.
    sed -e "s|^Exec=.*|Exec=$prefix/bin/coalitiondesk|" \
        -e "s|^TryExec=.*|TryExec=$prefix/bin/coalitiondesk|" \
        "$here/$id.desktop" > "$share/applications/$id.desktop"
else
    cp "$here/$id.desktop" "$share/applications/$id.desktop"
fi

# Refresh the menu cache, and the icon cache of a theme folder that has one (a cache
# made where there was none goes stale when something else adds icons without one).
if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q "$share/applications" || true
fi
if [ -f "$share/icons/hicolor/icon-theme.cache" ] && command -v gtk-update-icon-cache >/dev/null 2>&1
then
    gtk-update-icon-cache -q "$share/icons/hicolor" || true
fi
echo "Installed CoalitionDesk's menu entry, icons and metadata under $share"
