// Synthetic profiles for scale tests and benchmarks: N publications with realistic titles, author
// lists, venues, dates, topics, tags and projects, deterministic for a given seed.
#pragma once

#include <cstddef>
#include <string>

namespace portfolio::bench {

std::string SyntheticProfileJson(std::size_t publications, unsigned seed = 42);

}  // namespace portfolio::bench
