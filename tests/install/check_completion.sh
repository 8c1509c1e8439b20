#!/bin/bash
# The installed bash completion completes what bouncelens takes. Runs the completion function
# as bash would, without bash-completion's helpers (so the plain fallbacks are checked).
# Usage: check_completion.sh COMPLETION_FILE
set -u
source "$1" || exit 1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1
mkdir "$work/bounces dir"
touch "$work/bounce one.eml" "$work/other.mbox"
failures=0

# complete LINE: the words of LINE (the last one is completed, may be empty) -> sorted replies
complete_line()
{
    read -r -a COMP_WORDS <<<"$1"
    [[ $1 == *" " ]] && COMP_WORDS+=("")
    COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
    COMPREPLY=()
    _bouncelens bouncelens "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}"
    printf '%s\n' "${COMPREPLY[@]}" | sort | paste -sd' '
}

expect()
{
    local got
    got=$(complete_line "$1")
    if [[ $got != "$2" ]]; then
        echo "FAIL: '$1' completes to '$got', expected '$2'"
        failures=$((failures + 1))
    fi
}

expect "bouncelens l" "lookup"
expect "bouncelens --" "--help --version"
expect "bouncelens lookup --" "--help --json --lang"
expect "bouncelens lookup 55" ""
expect "bouncelens lookup --lang " "en zh_CN zh_TW"
expect "bouncelens decode --lang zh_" "zh_CN zh_TW"
expect "bouncelens decode --lang = zh_T" "zh_TW"
expect "bouncelens decode --lang = " "en zh_CN zh_TW"
expect "bouncelens decode --j" "--jobs --json"
expect "bouncelens decode --jobs " ""
expect "bouncelens decode --format " "csv jsonl text"
expect "bouncelens decode --format j" "jsonl"
expect "bouncelens decode --sup" "--suppression-list --suppression-retry-days"
expect "bouncelens decode --se" "--sender-report"
expect "bouncelens decode --suppression-retry-days " ""
expect "bouncelens decode $work/b" "$work/bounce one.eml $work/bounces dir"
expect "bouncelens decode --json $work/o" "$work/other.mbox"
expect "bouncelens $work/o" "$work/other.mbox"

complete -p bouncelens | grep -q -- '-F _bouncelens' || {
    echo "FAIL: no completion registered for bouncelens"
    failures=$((failures + 1))
}
[ "$failures" -eq 0 ] && echo "OK: completion"
exit "$failures"
