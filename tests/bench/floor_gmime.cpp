// The floor set by GMime for an mbox: build and free every message of it with GMime's own mbox
// parser, and nothing else (no decoding, no output). `bouncelens decode` cannot be faster than
// this on one thread, whatever the rest of the decoder does. Usage: floor_gmime FILE.mbox
#include <gmime/gmime.h>

#include <cstdio>

int main(int argc, char **argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: floor_gmime FILE.mbox\n");
        return 2;
    }
    g_mime_init();
    GMimeStream *stream = g_mime_stream_file_open(argv[1], "r", nullptr);
    if (!stream) {
        std::fprintf(stderr, "floor_gmime: cannot open %s\n", argv[1]);
        return 1;
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
    std::printf("%d messages\n", messages);
    return 0;
}
