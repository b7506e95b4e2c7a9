// How the desktop hands a link to the system's browser, as a testable argument vector.
#include "core/url_opener.h"

#include "core/links.h"

namespace portfolio {

std::vector<std::string> OpenerArgv(std::string_view url, Os os) {
    const CheckedUrl checked = CheckUrl(url);
    if (!checked.ok()) return {};
    switch (os) {
        case Os::Linux: return {"xdg-open", checked.url};
        case Os::MacOS: return {"open", checked.url};
        case Os::Windows: return {"open", checked.url};
    }
    return {};
}

}  // namespace portfolio
