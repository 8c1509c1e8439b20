#!/bin/sh
# Console outputs never pass a bounce's control characters to the terminal, and a closed
# standard input is said (issue 25). Usage: hostile_console.sh BOUNCELENS
bin=$1
dir=$(mktemp -d) || exit 1
trap 'rm -rf "$dir"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
esc=$(printf '\033')
bel=$(printf '\007')
printf 'From: MAILER-DAEMON@mx.example.net\nTo: a@example.org\nSubject: Undelivered Mail\n'\
'MIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status; boundary="B"\n\n'\
'--B\nContent-Type: text/plain\n\nDelivery failed.\n\n--B\nContent-Type: message/delivery-status\n\n'\
'Reporting-MTA: dns; mx.example.net\n\nFinal-Recipient: rfc822; u@example.org\nAction: failed\n'\
'Status: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 \033]0;pwned\007 unknown\n\n'\
'Final-Recipient: rfc822; "\033]0;x\007"@example.org\nAction: failed\nStatus: 5.1.1\n\n--B--\n' \
    > "$dir/esc.eml"
csv=$("$bin" decode --format csv "$dir/esc.eml") || fail "csv exit $?"
case $csv in *"$esc"* | *"$bel"*) fail "raw control character in the CSV" ;; esac
case $csv in *'\x1b]0;pwned\x07'*) ;; *) fail "CSV does not show \\x1b: $csv" ;; esac
list=$("$bin" decode --suppression-list "$dir/esc.eml") || fail "suppression exit $?"
[ "$list" = "u@example.org" ] || fail "suppression list: $list"
lookup=$("$bin" lookup "zz${esc}[31mqq" 2>&1)
case $lookup in *"$esc"*) fail "raw ESC in lookup's message" ;; esac
case $lookup in *'zz\x1b[31mqq'*) ;; *) fail "lookup: $lookup" ;; esac
closed=$("$bin" decode - <&- 2>&1)
[ $? -eq 66 ] || fail "decode - with stdin closed: exit not 66 (EX_NOINPUT)"
case $closed in *"tandard input is closed"*) ;; *) fail "stdin closed: $closed" ;; esac
echo "hostile console: ok"
