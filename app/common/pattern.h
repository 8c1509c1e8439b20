#pragma once

#include <QString>
#include <QStringView>

#include <memory>

namespace BounceLens {

// A regular expression of the decoder's data (resources/bounce-patterns.json), on PCRE2 (the
// engine under QRegularExpression, same syntax and UTF-16 semantics).
//
// Why not QRegularExpression: it JIT-compiles every expression on first use, in three modes.
// The decoder holds about a hundred expressions, most of which a short run uses once or twice:
// compiling them cost more than the matching itself (a third of a one-message run). A Pattern is
// compiled for the interpreter on first use, JIT-compiled (one mode) only once it has scanned
// kJitAfter characters, on a copy published atomically so that other threads go on matching
// meanwhile. Compiled lazily and thread-safe: one Pattern serves every thread.
class Pattern
{
public:
    enum Option { NoOption = 0, CaseInsensitive = 1, Multiline = 2 };

    struct Match
    {
        qsizetype start = -1, end = -1; // of the whole match; -1 when there is none
        QStringView group1;             // the first capturing group, when it took part
        bool hasMatch() const { return start >= 0; }
    };

    Pattern(); // matches nothing
    explicit Pattern(const QString &pattern, int options = NoOption);

    // False when the expression does not compile (see errorString()).
    bool isValid() const;
    QString errorString() const;
    QString pattern() const;

    // The first match at or after `from`. Invalid UTF-16, invalid expressions and expressions
    // that run out of resources find nothing.
    Match match(QStringView text, qsizetype from = 0) const;
    bool matches(QStringView text) const { return match(text).hasMatch(); }

    // Characters scanned by the interpreter after which an expression is JIT-compiled. Chosen
    // with callgrind over the benchmark inputs: JIT at once costs a one-message run 5%, later
    // (32 K characters, or never) costs the 68-message run 27-42% (the per-line expressions).
    static constexpr qint64 kJitAfter = 1024;

private:
    struct Compiled;
    std::shared_ptr<Compiled> d;
};

} // namespace BounceLens
