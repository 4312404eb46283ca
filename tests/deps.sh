#!/bin/sh
# deps.sh PACKAGE... - install the Debian packages that are missing (as
# root), or print the exact command to do it (anyone else).  Also makes
# sure the sv_SE.UTF-8 locale exists, which the message tests use.
# A package counts as there when dpkg has it installed, or when a command
# of its name is on PATH (npm inside another vendor's nodejs package).
missing=
for p in "$@"; do
	case " $missing " in *" $p "*) continue ;; esac
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed' && continue
	command -v "$p" >/dev/null 2>&1 && continue
	missing="$missing $p"
done
need_locale=
locale -a 2>/dev/null | grep -qi '^sv_SE\.utf-\?8$' || need_locale=yes
[ -z "$missing" ] && [ -z "$need_locale" ] && exit 0
if [ "$(id -u)" != 0 ]; then
	[ -n "$missing" ] && echo "trygg: missing packages; run: sudo apt-get install -y$missing" >&2
	[ -n "$need_locale" ] && echo "trygg: missing locale; run: sudo sh -c \"sed -i 's/^# *sv_SE.UTF-8/sv_SE.UTF-8/' /etc/locale.gen && locale-gen\"" >&2
	[ -n "$missing" ] && exit 1
	exit 0
fi
if [ -n "$missing" ]; then
	echo "trygg: installing$missing" >&2
	export DEBIAN_FRONTEND=noninteractive
	log=$(mktemp) || exit 1
	# apt's own chatter only when it fails.
	if ! { apt-get update -qq && apt-get install -y -qq $missing; } >"$log" 2>&1; then
		cat "$log" >&2
		rm -f "$log"
		exit 1
	fi
	rm -f "$log"
fi
if [ -n "$need_locale" ]; then
	grep -q '^sv_SE.UTF-8' /etc/locale.gen 2>/dev/null ||
		echo 'sv_SE.UTF-8 UTF-8' >>/etc/locale.gen
	locale-gen >/dev/null 2>&1 || echo "trygg: locale-gen failed; Swedish locale tests may fail" >&2
fi
exit 0
