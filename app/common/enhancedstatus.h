#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace BounceLens {

// An RFC 3463 enhanced status code, "class.subject.detail" (5.1.1, 4.7.28): class 2, 4 or 5,
// subject 0-999, detail 0-999 (RFC 3463 section 2). The empty value means "the server sent
// none"; it is never invented from words.
//
//   EnhancedStatus::parse(u"5.7.26")  -> 5.7.26
//   EnhancedStatus::parse(u"#5.1.1")  -> nothing (parse takes the code alone; the extractor finds
//   it) EnhancedStatus::parse(u"3.1.1")   -> nothing (no such class)
class EnhancedStatus
{
public:
    constexpr EnhancedStatus() = default;
    constexpr EnhancedStatus(int klass, int subject, int detail)
        : m_class(klass)
        , m_subject(subject)
        , m_detail(detail)
    {}

    // The code alone, surrounding white space allowed; nothing when it is not a valid code.
    static std::optional<EnhancedStatus> parse(QStringView text);
    // parse(), or the empty value.
    static EnhancedStatus fromString(QStringView text);

    bool isEmpty() const { return m_class == 0; }
    bool isValid() const { return m_class != 0; }
    int klass() const { return m_class; }
    int subject() const { return m_subject; }
    int detail() const { return m_detail; }
    bool isSuccess() const { return m_class == 2; }
    bool isTemporary() const { return m_class == 4; }
    bool isPermanent() const { return m_class == 5; }
    // X.0.0: says only the class, nothing of the cause.
    bool isGeneric() const { return isValid() && m_subject == 0 && m_detail == 0; }
    // "5.1.1"; empty for the empty value.
    QString toString() const;

    friend bool operator==(const EnhancedStatus &a, const EnhancedStatus &b)
    {
        return a.m_class == b.m_class && a.m_subject == b.m_subject && a.m_detail == b.m_detail;
    }
    friend bool operator!=(const EnhancedStatus &a, const EnhancedStatus &b) { return !(a == b); }
    friend bool operator<(const EnhancedStatus &a, const EnhancedStatus &b)
    {
        if (a.m_class != b.m_class)
            return a.m_class < b.m_class;
        if (a.m_subject != b.m_subject)
            return a.m_subject < b.m_subject;
        return a.m_detail < b.m_detail;
    }

private:
    int m_class = 0;
    int m_subject = 0;
    int m_detail = 0;
};

} // namespace BounceLens
