#!/bin/sh
# Runs a test with a small, real file system of its own: a tmpfs mounted in a private mount
# namespace (as root, or as any user through a user namespace), so that the test can fill it and
# see writes fail with "No space left on device" exactly as on a full disk.
#   run-on-small-disk.sh SIZE TEST [ARGS...]
# The test finds the folder in AWB_SMALL_DISK_DIR. Where no namespace can be made (a container
# without the right), it runs with AWB_SMALL_DISK_UNAVAILABLE saying why, and skips.
size="$1"
shift
dir="$(mktemp -d)" || exit 1
trap 'rmdir "$dir" 2>/dev/null' EXIT
export AWB_SMALL_DISK_DIR="$dir"

flags=""
for f in -m -rm; do
    if unshare $f sh -c 'mount -t tmpfs -o size=64k awb-probe "$1"' sh "$dir" 2>/dev/null; then
        flags="$f"
        break
    fi
done
if [ -z "$flags" ]; then
    AWB_SMALL_DISK_UNAVAILABLE="no private mount namespace with a tmpfs could be made here (unshare -m and -rm both failed)" "$@"
    exit $?
fi
unshare $flags sh -c 'mount -t tmpfs -o "size=$1" awb-small-disk "$AWB_SMALL_DISK_DIR" && shift && exec "$@"' sh "$size" "$@"
