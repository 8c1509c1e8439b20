// The floor set by GMime: build and free every message with GMime's own parser, and nothing else
// (no decoding, no output). `bouncelens decode` cannot be faster than this on one thread,
// whatever the rest of the decoder does.
//   floor_gmime FILE.mbox            every message of an mbox (GMime's mbox parser)
//   floor_gmime --messages FILE...   each file as one message (the 2,920-bounce set of issue 24:
//                                    floor_gmime --messages $(cat /tmp/speedset/list.txt))
// Prints the count and the process's CPU time per message.
#include <gmime/gmime.h>

#include <cstdio>
#include <cstring>
#include <ctime>

namespace {

int parseMbox(const char *path)
{
    GMimeStream *stream = g_mime_stream_file_open(path, "r", nullptr);
    if (!stream) {
        std::fprintf(stderr, "floor_gmime: cannot open %s\n", path);
        return -1;
    }
    GMimeParser *parser = g_mime_parser_new_with_stream(stream);
    g_mime_parser_set_format(parser, GMIME_FORMAT_MBOX);
    int messages = 0;
    while (!g_mime_parser_eos(parser)) {
        GMimeMessage *message = g_mime_parser_construct_message(parser, nullptr);
        if (!message)
            break;
        ++messages;
        g_object_unref(message);
    }
    g_object_unref(parser);
    g_object_unref(stream);
    return messages;
}

// One file, one message; the file is read whole first, as bouncelens reads its inputs.
bool parseMessage(const char *path)
{
    gchar *bytes = nullptr;
    gsize size = 0;
    if (!g_file_get_contents(path, &bytes, &size, nullptr)) {
        std::fprintf(stderr, "floor_gmime: cannot read %s\n", path);
        return false;
    }
    GMimeStream *stream = g_mime_stream_mem_new_with_buffer(bytes, size);
    GMimeParser *parser = g_mime_parser_new_with_stream(stream);
    GMimeMessage *message = g_mime_parser_construct_message(parser, nullptr);
    if (message)
        g_object_unref(message);
    g_object_unref(parser);
    g_object_unref(stream);
    g_free(bytes);
    return message != nullptr;
}

} // namespace

int main(int argc, char **argv)
{
    const bool files = argc >= 3 && std::strcmp(argv[1], "--messages") == 0;
    if (argc != 2 && !files) {
        std::fprintf(stderr, "usage: floor_gmime FILE.mbox | floor_gmime --messages FILE...\n");
        return 2;
    }
    g_mime_init();
    int messages = 0;
    if (files) {
        for (int i = 2; i < argc; ++i)
            messages += parseMessage(argv[i]) ? 1 : 0;
    } else {
        messages = parseMbox(argv[1]);
        if (messages < 0)
            return 1;
    }
    const double cpu = double(std::clock()) / CLOCKS_PER_SEC;
    std::printf("%d messages, %.1f us of CPU a message (whole process)\n", messages,
                messages ? cpu * 1e6 / messages : 0.0);
    return 0;
}
