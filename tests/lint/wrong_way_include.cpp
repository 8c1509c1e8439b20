// Built by ctest (lint_wrong_way_include, lint_right_way_include), never by "all": linked with
// bouncelens_codes this must not compile, since codes sits below decoder; linked with
// bouncelens_decoder it must. Proves the build itself refuses an include against the layer order.
#include "decoder/bouncedecoder.h"

int bouncelensLintWrongWayInclude()
{
    return 0;
}
