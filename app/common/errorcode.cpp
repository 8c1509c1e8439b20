#include "common/errorcode.h"

namespace BounceLens {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qint64 kMaxInputMegabytes = 64; // BounceDecoder::MaxInputSize, in MB

} // namespace

QString ErrorText::word(ErrorCode code)
{
    switch (code) {
    case ErrorCode::None:
        return {};
    case ErrorCode::NotFound:
        return u"not-found"_s;
    case ErrorCode::NotRegularFile:
        return u"not-regular-file"_s;
    case ErrorCode::DanglingLink:
        return u"dangling-link"_s;
    case ErrorCode::TooDeep:
        return u"too-deep"_s;
    case ErrorCode::OpenFailed:
        return u"open-failed"_s;
    case ErrorCode::ReadFailed:
        return u"read-failed"_s;
    case ErrorCode::TooBig:
        return u"too-big"_s;
    case ErrorCode::NoMessages:
        return u"no-messages"_s;
    case ErrorCode::EmptyInput:
        return u"empty-input"_s;
    case ErrorCode::BinaryInput:
        return u"binary-input"_s;
    case ErrorCode::Undecodable:
        return u"undecodable"_s;
    case ErrorCode::Cancelled:
        return u"cancelled"_s;
    case ErrorCode::PatternsMissing:
        return u"patterns-missing"_s;
    }
    return {};
}

QString ErrorText::message(ErrorCode code, const QString &detail)
{
    switch (code) {
    case ErrorCode::None:
        return {};
    case ErrorCode::NotFound:
        return tr("No such file or directory.");
    case ErrorCode::NotRegularFile:
        return tr("This is not a regular file (a pipe, socket or device): only files and - "
                  "(standard input) are read.");
    case ErrorCode::DanglingLink:
        return tr("This symbolic link points to nothing.");
    case ErrorCode::TooDeep:
        return tr("This folder is nested too deeply: folders below %1 levels are not read.")
            .arg(detail);
    case ErrorCode::OpenFailed:
        return tr("The file could not be opened: %1").arg(detail);
    case ErrorCode::ReadFailed:
        return tr("The file could not be read: %1").arg(detail);
    case ErrorCode::TooBig:
        return tr("The input is too big: inputs above %1 MB are not read.").arg(kMaxInputMegabytes);
    case ErrorCode::NoMessages:
        return tr("No messages were found in this folder.");
    case ErrorCode::EmptyInput:
        return tr("The input is empty.");
    case ErrorCode::BinaryInput:
        return tr("The input is binary data, not a mail message or text.");
    case ErrorCode::Undecodable:
        return tr("The message could not be decoded: %1")
            .arg(detail.isEmpty() ? tr("damaged or unknown content") : detail);
    case ErrorCode::Cancelled:
        return tr("Decoding was cancelled.");
    case ErrorCode::PatternsMissing:
        return tr("The decoder's patterns could not be loaded: %1").arg(detail);
    }
    return {};
}

} // namespace BounceLens
