// The desktop operating systems whose conventions core knows (where config files go, which program
// opens a link). The platform layer says which one it runs on; core itself has no #ifdefs.
#pragma once

namespace portfolio {

enum class Os { Linux, MacOS, Windows };

}  // namespace portfolio
