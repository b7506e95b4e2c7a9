// Writes a synthetic profile with N publications to stdout: `make_profile 10000 > big.json`.
#include <cstdio>
#include <cstdlib>

#include "synthetic_profile.h"

int main(int argc, char** argv) {
    const long n = argc > 1 ? std::strtol(argv[1], nullptr, 10) : 1000;
    if (n < 0 || n > 1000000) {
        std::fprintf(stderr, "usage: make_profile N (0..1000000) [seed]\n");
        return 2;
    }
    const unsigned seed = argc > 2 ? static_cast<unsigned>(std::strtoul(argv[2], nullptr, 10)) : 42u;
    const std::string json = portfolio::bench::SyntheticProfileJson(static_cast<std::size_t>(n), seed);
    std::fwrite(json.data(), 1, json.size(), stdout);
    return 0;
}
