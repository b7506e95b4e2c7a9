// Link safety: the only gate through which a URL from the profile reaches a browser or the OS.
// Allowed: http and https with a host, and mailto with an address. Everything else is refused.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace portfolio {

enum class UrlVerdict { Ok, Empty, NoScheme, SchemeNotAllowed, ControlCharacter, MissingHost, MissingAddress };

struct CheckedUrl {
    UrlVerdict verdict = UrlVerdict::Empty;
    std::string url;     // trimmed URL with its scheme in lower case, set when verdict == Ok
    std::string scheme;  // lowercased scheme as written (for messages)
    bool ok() const { return verdict == UrlVerdict::Ok; }
};

// Trims, lowercases the scheme for the check, refuses control characters or spaces anywhere
// (so "java\tscript:" cannot pass), and allows only http(s)://host... and mailto:address.
CheckedUrl CheckUrl(std::string_view raw);
// A web address written without its scheme ("example.com/x", "www.example.com", "github.com/me"), as
// "https://..." when that passes CheckUrl; nullopt for anything else (a scheme of its own, such as
// javascript:, data: or file:, no dot in the host, spaces). The caller tells the owner it guessed.
std::optional<std::string> GuessWebUrl(std::string_view raw);
// A sentence for the owner: why a URL was refused.
std::string DescribeUrlProblem(const CheckedUrl& checked);

}  // namespace portfolio
