// Link safety: the only gate through which a URL from the profile reaches a browser or the OS.
#include "core/links.h"

#include "core/text.h"

namespace portfolio {

CheckedUrl CheckUrl(std::string_view raw) {
    CheckedUrl result;
    const std::string_view s = Trim(raw);
    if (s.empty()) return result;
    for (unsigned char c : s) {
        if (c < 0x20 || c == 0x7F || c == ' ') {
            result.verdict = UrlVerdict::ControlCharacter;
            return result;
        }
    }
    const std::size_t colon = s.find(':');
    auto scheme_char = [](char c, bool first) {
        const bool alpha = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        return first ? alpha : (alpha || (c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.');
    };
    bool valid_scheme = colon != std::string_view::npos && colon > 0;
    for (std::size_t i = 0; valid_scheme && i < colon; ++i) valid_scheme = scheme_char(s[i], i == 0);
    if (!valid_scheme) {
        result.verdict = UrlVerdict::NoScheme;
        return result;
    }
    result.scheme = AsciiLower(s.substr(0, colon));
    const std::string_view rest = s.substr(colon + 1);
    if (result.scheme == "http" || result.scheme == "https") {
        if (rest.substr(0, 2) != "//") {
            result.verdict = UrlVerdict::MissingHost;
            return result;
        }
        const std::string_view after = rest.substr(2);
        const std::size_t host_end = after.find_first_of("/?#");
        std::string_view authority = after.substr(0, host_end);
        if (const std::size_t at = authority.rfind('@'); at != std::string_view::npos) authority.remove_prefix(at + 1);
        if (authority.empty() || authority.front() == ':' || authority.front() == '.') {
            result.verdict = UrlVerdict::MissingHost;
            return result;
        }
    } else if (result.scheme == "mailto") {
        const std::string_view address = rest.substr(0, rest.find('?'));
        if (address.find('@') == std::string_view::npos || address.front() == '@' || address.back() == '@') {
            result.verdict = UrlVerdict::MissingAddress;
            return result;
        }
    } else {
        result.verdict = UrlVerdict::SchemeNotAllowed;
        return result;
    }
    result.verdict = UrlVerdict::Ok;
    result.url = result.scheme + std::string(s.substr(colon));  // the scheme in its canonical lower case
    return result;
}

std::optional<std::string> GuessWebUrl(std::string_view raw) {
    const std::string_view s = Trim(raw);
    if (s.empty() || CheckUrl(s).ok()) return std::nullopt;
    // The host: letters, digits, '-' and '.', with a dot inside and an optional :port after it. So a scheme
    // ("javascript:", "data:", "file:", "mailto:") never passes: what follows its colon is no port.
    // ("example.com:8080" reads to CheckUrl as the scheme "example.com".)
    std::string_view host = s.substr(0, s.find_first_of("/?#"));
    if (const std::size_t colon = host.find(':'); colon != std::string_view::npos) {
        const std::string_view port = host.substr(colon + 1);
        if (port.empty() || port.find_first_not_of("0123456789") != std::string_view::npos) return std::nullopt;
        host = host.substr(0, colon);
    }
    const bool host_chars = host.find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-.") == std::string_view::npos;
    const std::size_t dot = host.find('.');
    if (!host_chars || dot == std::string_view::npos || dot == 0 || host.back() == '.' || host.front() == '-') return std::nullopt;
    const CheckedUrl checked = CheckUrl("https://" + std::string(s));
    if (!checked.ok()) return std::nullopt;
    return checked.url;
}

std::string DescribeUrlProblem(const CheckedUrl& checked) {
    switch (checked.verdict) {
        case UrlVerdict::Ok: return "";
        case UrlVerdict::Empty: return "empty link";
        case UrlVerdict::NoScheme: return "link has no scheme; write it as https://...";
        case UrlVerdict::SchemeNotAllowed:
            return "link scheme \"" + EscapeInvalidUtf8(checked.scheme) + ":\" is not allowed (only http, https and mailto)";
        case UrlVerdict::ControlCharacter: return "link contains spaces or control characters";
        case UrlVerdict::MissingHost: return "link has no host; write it as https://host/...";
        case UrlVerdict::MissingAddress: return "mailto link has no e-mail address";
    }
    return "invalid link";
}

}  // namespace portfolio
