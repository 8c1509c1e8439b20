#include "common/pattern.h"

#define PCRE2_CODE_UNIT_WIDTH 16
#include <pcre2.h>

#include <atomic>
#include <cstring>
#include <mutex>

namespace BounceLens {

struct Pattern::Compiled
{
    QString source;
    uint32_t options = 0;

    std::once_flag compileOnce;
    pcre2_code *code = nullptr; // for the interpreter; set once by compile()
    QString error;

    std::atomic<qint64> work{0};            // characters scanned by the interpreter so far
    std::atomic<pcre2_code *> jit{nullptr}; // a JIT-compiled copy, once used often

    ~Compiled()
    {
        pcre2_code_free(code);
        pcre2_code_free(jit.load());
    }

    void compile()
    {
        std::call_once(compileOnce, [this] {
            int errorCode = 0;
            PCRE2_SIZE errorOffset = 0;
            code = pcre2_compile(reinterpret_cast<PCRE2_SPTR>(source.utf16()),
                                 PCRE2_SIZE(source.size()), options | PCRE2_UTF, &errorCode,
                                 &errorOffset, nullptr);
            if (!code) {
                PCRE2_UCHAR buffer[256];
                pcre2_get_error_message(errorCode, buffer, sizeof buffer / sizeof *buffer);
                error = QString::fromUtf16(reinterpret_cast<const char16_t *>(buffer))
                        + QStringLiteral(" (at %1)").arg(qulonglong(errorOffset));
            }
        });
    }

    // Called by the one thread whose match crossed kJitAfter; the others go on with `code`.
    void compileJit()
    {
        pcre2_code *copy = pcre2_code_copy(code);
        if (copy && pcre2_jit_compile(copy, PCRE2_JIT_COMPLETE) == 0)
            jit.store(copy, std::memory_order_release);
        else
            pcre2_code_free(copy); // no JIT on this machine: the interpreter it is
    }
};

namespace {

// Match data are per thread: one Pattern serves several threads at once.
pcre2_match_data *threadMatchData()
{
    struct Holder
    {
        pcre2_match_data *data = pcre2_match_data_create(16, nullptr);
        ~Holder() { pcre2_match_data_free(data); }
    };
    thread_local Holder holder;
    return holder.data;
}

// True when the text holds no UTF-16 surrogate at all, so it is valid UTF-16 whatever the
// offsets: PCRE2's own check (per call, over the whole subject, at about 5 instructions a
// character) can be skipped. Four characters at a time (SWAR): a lane is a surrogate when its top
// five bits are 11011.
bool withoutSurrogates(QStringView text)
{
    constexpr quint64 kTop5 = 0xF800F800F800F800ULL;
    constexpr quint64 kSurrogate = 0xD800D800D800D800ULL;
    constexpr quint64 kLow = 0x0001000100010001ULL;
    constexpr quint64 kHigh = 0x8000800080008000ULL;
    const char16_t *p = text.utf16();
    const char16_t *end = p + text.size();
    for (; end - p >= 4; p += 4) {
        quint64 v;
        std::memcpy(&v, p, sizeof v);
        const quint64 x = (v & kTop5) ^ kSurrogate; // a zero lane: a surrogate
        if ((x - kLow) & ~x & kHigh)
            return false;
    }
    for (; p < end; ++p) {
        if ((*p & 0xF800) == 0xD800)
            return false;
    }
    return true;
}

} // namespace

Pattern::Pattern() = default;

Pattern::Pattern(const QString &pattern, int options)
    : d(std::make_shared<Compiled>())
{
    d->source = pattern;
    if (options & CaseInsensitive)
        d->options |= PCRE2_CASELESS;
    if (options & Multiline)
        d->options |= PCRE2_MULTILINE;
}

bool Pattern::isValid() const
{
    if (!d)
        return true; // the empty pattern-less Pattern is valid and matches nothing
    d->compile();
    return d->code != nullptr;
}

QString Pattern::errorString() const
{
    if (!d)
        return {};
    d->compile();
    return d->error;
}

QString Pattern::pattern() const
{
    return d ? d->source : QString();
}

Pattern::Match Pattern::match(QStringView text, qsizetype from) const
{
    if (!d || from < 0 || from > text.size())
        return {};
    d->compile();
    if (!d->code)
        return {};
    pcre2_match_data *data = threadMatchData();
    if (!data)
        return {};
    const pcre2_code *code = d->jit.load(std::memory_order_acquire);
    if (!code) {
        code = d->code;
        const qint64 scan = text.size() - from + 64; // a match costs something, even short
        const qint64 before = d->work.fetch_add(scan, std::memory_order_relaxed);
        if (before < kJitAfter && before + scan >= kJitAfter)
            d->compileJit();
    }
    // pcre2_match, not pcre2_jit_match: it checks the subject is valid UTF-16 first (text cut
    // inside a surrogate pair finds nothing rather than reading past the end). Text without any
    // surrogate (nearly all of it) is valid as it is: its check is skipped.
    const auto subject = reinterpret_cast<PCRE2_SPTR>(text.utf16());
    const uint32_t check = withoutSurrogates(text) ? PCRE2_NO_UTF_CHECK : 0;
    int rc = pcre2_match(code, subject, PCRE2_SIZE(text.size()), PCRE2_SIZE(from), check, data,
                         nullptr);
    if (rc == PCRE2_ERROR_JIT_STACKLIMIT)
        rc = pcre2_match(d->code, subject, PCRE2_SIZE(text.size()), PCRE2_SIZE(from), PCRE2_NO_JIT,
                         data, nullptr);
    if (rc < 0)
        return {}; // no match, or an error (resource limits, invalid UTF-16)
    const PCRE2_SIZE *ovector = pcre2_get_ovector_pointer(data);
    Match m;
    m.start = qsizetype(ovector[0]);
    m.end = qsizetype(ovector[1]);
    if ((rc == 0 || rc > 1) && ovector[2] != PCRE2_UNSET)
        m.group1 = text.sliced(qsizetype(ovector[2]), qsizetype(ovector[3] - ovector[2]));
    return m;
}

} // namespace BounceLens
