// Loads a hostile case (tests/common/hostile_cases.h): its file, or the input its function builds.
#pragma once

#include <string>

#include "common/hostile_cases.h"
#include "core/load.h"

namespace portfolio::test {

inline LoadResult LoadHostile(const HostileCase& c, const std::string& fixtures_dir) {
    if (c.make) return LoadProfileFromText(c.make(), c.name);
    return LoadProfileFromFile(fixtures_dir + "/hostile/" + c.name);
}

}  // namespace portfolio::test
