// The floor set by Qt for any console run: a program that links Qt Core and prints its version.
// `bouncelens --version` cannot start faster than this.
#include <QtGlobal>

#include <cstdio>

int main()
{
    std::printf("%s\n", qVersion());
    return 0;
}
