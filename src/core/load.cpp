// Loading a profile: bytes in, a Profile plus a list of diagnostics out. Never throws, never aborts:
// the text is read by core/json_doc (strict, non-throwing, depth-limited, one flat array of values) and
// every value's type is checked before it is read, so the same code is safe in the web build.
#include "core/load.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <map>
#include <unordered_map>
#include <unordered_set>

#include "core/availability.h"
#include "core/bibtex_parse.h"
#include "core/dates.h"
#include "core/files.h"
#include "core/json_doc.h"
#include "core/json_locate.h"
#include "core/markup.h"
#include "core/links.h"
#include "core/text.h"

namespace portfolio {
namespace {

// Whether `text` may hold a byte RemoveControlCharacters removes: a word at a time, a word with no byte
// below 0x20 and no DEL has none (a line break or tab counts as below: such text is looked at byte by
// byte). Nearly every text of a profile is let through here.
bool MayHoldControlCharacters(std::string_view text) {
    std::size_t i = 0;
    for (; i + 8 <= text.size(); i += 8) {
        const std::uint64_t w = LoadWord(text.data() + i);
        if (WordHasByteBelow(w, 0x20) || WordHasByte(w, 0x7F)) return true;
    }
    for (; i < text.size(); ++i) {
        const auto u = static_cast<unsigned char>(text[i]);
        if (u < 0x20 || u == 0x7F) return true;
    }
    return false;
}

// Removes C0 control characters other than line feed and tab, and DEL: they draw as boxes or cut the
// text short (NUL). True when something was removed.
bool RemoveControlCharacters(std::string& text) {
    if (!MayHoldControlCharacters(text)) return false;
    const auto is_control = [](char c) {
        const auto u = static_cast<unsigned char>(c);
        return (u < 0x20 && c != '\n' && c != '\t') || u == 0x7F;
    };
    const auto end = std::remove_if(text.begin(), text.end(), is_control);
    if (end == text.end()) return false;
    text.erase(end, text.end());
    return true;
}

const char* TypeName(JsonValue v) {
    switch (v.type()) {
        case JsonType::Null: return "null";
        case JsonType::Object: return "an object";
        case JsonType::Array: return "a list";
        case JsonType::String: return "a string";
        case JsonType::Bool: return "true/false";
        case JsonType::Number: return "a number";
    }
    return "an unsupported value";
}

// A JSONPath made into text only when a message needs it: reading a clean profile builds no path strings.
// A Path refers to its parent, so it lives no longer than the call that made it.
class Path {
public:
    Path() = default;  // "$"
    Path(const Path& parent, std::string_view key) : parent_(&parent), key_(key), is_key_(true) {}
    Path(const Path& parent, std::size_t index) : parent_(&parent), index_(index) {}
    std::string str() const {
        if (!parent_) return "$";
        return is_key_ ? PathKey(parent_->str(), key_) : PathIndex(parent_->str(), index_);
    }

private:
    const Path* parent_ = nullptr;
    std::string_view key_;
    std::size_t index_ = 0;
    bool is_key_ = false;
};
const Path kRoot;

// Reads typed fields out of the DOM, recording a diagnostic for each value it cannot use.
class Reader {
public:
    // `text` is the document the values are in (for a number's digits as written).
    Reader(const LoadLimits& limits, std::vector<Diagnostic>& out, std::string_view text) : limits_(limits), out_(out), text_(text) {}

    void Report(Severity severity, const Path& path, std::string message) { Report(severity, path.str(), std::move(message)); }
    void Error(const Path& path, std::string message) { Report(Severity::Error, path, std::move(message)); }
    void Warn(const Path& path, std::string message) { Report(Severity::Warning, path, std::move(message)); }
    void Note(const Path& path, std::string message) { Report(Severity::Note, path, std::move(message)); }
    void Report(Severity severity, const std::string& path, std::string message) {
        out_.push_back(Diagnostic{severity, path, 0, 0, std::move(message), {}});  // the file is set once loading is done
    }
    void Error(const std::string& path, std::string message) { Report(Severity::Error, path, std::move(message)); }
    void Warn(const std::string& path, std::string message) { Report(Severity::Warning, path, std::move(message)); }

    // The member, or an absent value when it is not there or null (null means "not given" throughout).
    static JsonValue Member(JsonValue object, std::string_view key) {
        const JsonValue v = object.Find(key);
        return v.is_null() ? JsonValue() : v;
    }

    // The key to read: `key`, or when only the older JSON Resume spelling `legacy` is given, that one,
    // with a note (work[].company for name, website for url, ...). With both, `key` wins.
    std::string_view Key(JsonValue parent, std::string_view key, std::string_view legacy, const Path& parent_path) {
        if (Member(parent, key) || !Member(parent, legacy)) return key;
        Note(Path(parent_path, legacy), "\"" + std::string(legacy) + "\" is an older JSON Resume name; read as \"" + std::string(key) + "\"");
        return legacy;
    }

    JsonValue Object(JsonValue parent, std::string_view key, const Path& parent_path, bool required = false) {
        JsonValue v = Member(parent, key);
        const Path path(parent_path, key);
        if (!v) {
            if (required) Error(path, "missing required object \"" + std::string(key) + "\"");
            return {};
        }
        if (!v.is_object()) {
            Error(path, "expected an object, found " + std::string(TypeName(v)));
            return {};
        }
        return v;
    }

    bool Text(JsonValue value, const Path& path, std::string& out) {
        if (!value.is_string()) {
            Error(path, "expected a string, found " + std::string(TypeName(value)));
            return false;
        }
        const std::string_view s = value.str();
        if (s.size() > limits_.max_string_bytes) {
            out = std::string(TruncateUtf8(s, limits_.max_string_bytes));
            Warn(path, "text is " + std::to_string(s.size()) + " bytes long; cut to " + std::to_string(out.size()) +
                           " bytes (limit " + std::to_string(limits_.max_string_bytes) + ")");
            return true;
        }
        out.assign(s.data(), s.size());
        if (RemoveControlCharacters(out))
            Warn(path, "control characters (such as NUL or BEL) removed from the text; line breaks and tabs are kept");
        return true;
    }

    // A field in inline markup: read as text, and every [text](link) whose link is refused is reported
    // (the view shows such a link as plain text).
    bool Markup(JsonValue parent, std::string_view key, const Path& parent_path, std::string& out) {
        if (!String(parent, key, parent_path, out)) return false;
        ReportRefusedMarkupLinks(out, Path(parent_path, key));
        return true;
    }
    void ReportRefusedMarkupLinks(std::string_view text, const Path& path) {
        for (const RefusedLink& link : RefusedLinks(text))
            Warn(path, DescribeUrlProblem(link.checked) + ": the link \"" + EscapeInvalidUtf8(TruncateUtf8(link.url, 80)) +
                           "\" in the text is shown as plain text");
    }
    // A list of markup strings (highlights): each read as text and its refused links reported. One text
    // instead of a list is read as a list of one, with a note.
    void MarkupList(JsonValue parent, std::string_view key, const Path& parent_path, std::vector<std::string>& out) {
        if (Member(parent, key).is_string()) {
            std::string s;
            if (!Markup(parent, key, parent_path, s) || Trim(s).empty()) return;
            out.push_back(std::move(s));
            Note(Path(parent_path, key), "one text where a list is expected; read as a list of one");
            return;
        }
        List(parent, key, parent_path, [&](JsonValue item, const Path& path) {
            std::string s;
            if (!Text(item, path, s) || Trim(s).empty()) return;
            ReportRefusedMarkupLinks(s, path);
            out.push_back(std::move(s));
        });
    }

    bool String(JsonValue parent, std::string_view key, const Path& parent_path, std::string& out,
                bool required = false) {
        JsonValue v = Member(parent, key);
        const Path path(parent_path, key);
        if (!v) {
            if (required) Error(path, "missing required field \"" + std::string(key) + "\"");
            return false;
        }
        if (!Text(v, path, out)) return false;
        if (required && Trim(out).empty()) {
            Error(path, "required field \"" + std::string(key) + "\" is empty");
            return false;
        }
        return true;
    }

    // The field an entry cannot do without (its name or title): false, with `skipped` told at the entry, when
    // it is missing or empty (the entry is then left out).
    bool Required(JsonValue item, std::string_view key, const Path& path, std::string& out, const char* skipped) {
        if (String(item, key, path, out, true)) return true;
        Error(path, skipped);
        return false;
    }

    // A link: kept when it passes the http/https/mailto check, or when it is a web address written without
    // its scheme (read as https, with a warning); otherwise dropped with an error.
    bool CheckedLink(JsonValue value, const Path& path, std::string& out) {
        std::string raw;
        if (!Text(value, path, raw)) return false;
        CheckedUrl checked = CheckUrl(raw);
        if (checked.verdict == UrlVerdict::Empty) return false;
        if (checked.ok()) {
            out = std::move(checked.url);
            return true;
        }
        if (const auto guessed = GuessWebUrl(raw)) {  // (only a link that fails the check can be a bare address)
            Warn(path, "link has no scheme: \"" + EscapeInvalidUtf8(TruncateUtf8(Trim(raw), 80)) + "\" is read as \"" +
                           EscapeInvalidUtf8(TruncateUtf8(*guessed, 90)) + "\"; write the https:// to be sure");
            out = *guessed;
            return true;
        }
        Error(path, DescribeUrlProblem(checked) + ": \"" + EscapeInvalidUtf8(TruncateUtf8(raw, 80)) + "\"; link ignored");
        return false;
    }

    // A link field; "url" is also read from its older name "website".
    bool Url(JsonValue parent, std::string_view key, const Path& parent_path, std::string& out) {
        if (key == "url") key = Key(parent, "url", "website", parent_path);
        JsonValue v = Member(parent, key);
        return v && CheckedLink(v, Path(parent_path, key), out);
    }

    void DateField(JsonValue parent, std::string_view key, const Path& parent_path, Date& out,
                   bool allow_now = false) {
        std::string text;
        if (!StringOrNumber(parent, key, parent_path, text)) return;
        const std::string_view t = Trim(text);
        if (t.empty()) return;
        if (allow_now) {
            const std::string lower = AsciiLower(t);
            if (lower == "now" || lower == "present" || lower == "current") return;
        }
        if (const auto d = ParseDate(t)) {
            out = *d;
        } else if (const auto loose = ParseLooseDate(t)) {
            out = *loose;
            Note(Path(parent_path, key), "date \"" + EscapeInvalidUtf8(TruncateUtf8(t, 40)) + "\" read as " + FormatIsoDate(out));
        } else {
            Error(Path(parent_path, key), "invalid date \"" + EscapeInvalidUtf8(TruncateUtf8(t, 40)) +
                                                 "\": expected YYYY, YYYY-MM or YYYY-MM-DD" +
                                                 (allow_now ? " (or \"now\")" : ""));
        }
    }

    // startDate/endDate of one entry, with "now" (or "present", "current", or nothing) allowed at the end and
    // the order checked. `end_key` is where the end is read from (an older name, see Key).
    void DateRange(JsonValue parent, const Path& path, Date& start, Date& end, std::string_view end_key = "endDate") {
        DateField(parent, "startDate", path, start);
        DateField(parent, end_key, path, end, true);
        if (start.IsSet() && end.IsSet() && end.SortKey() < start.SortKey())
            Warn(Path(path, end_key), "ends (" + FormatDate(end) + ") before it starts (" + FormatDate(start) + ")");
    }

    bool Bool(JsonValue parent, std::string_view key, const Path& parent_path, bool& out) {
        JsonValue v = Member(parent, key);
        if (!v) return false;
        if (!v.is_bool()) {
            Error(Path(parent_path, key), "expected true or false, found " + std::string(TypeName(v)));
            return false;
        }
        out = v.boolean();
        return true;
    }

    // Calls each(item, item_path) for every element of a list field, within the item limit.
    template <class Each>
    void List(JsonValue parent, std::string_view key, const Path& parent_path, Each&& each) {
        JsonValue v = Member(parent, key);
        if (!v) return;
        const Path path(parent_path, key);
        if (!v.is_array()) {
            Error(path, "expected a list, found " + std::string(TypeName(v)));
            return;
        }
        const std::size_t n = std::min(v.size(), limits_.max_items);
        if (v.size() > limits_.max_items)
            Warn(path, "list has " + std::to_string(v.size()) + " entries; only the first " +
                           std::to_string(limits_.max_items) + " are read");
        std::size_t i = 0;
        v.ForEachElement([&](JsonValue item) {
            if (i < n) each(item, Path(path, i));
            ++i;
        });
    }

    // Like List, but for items that must be objects; others are reported and skipped.
    template <class Each>
    void ObjectList(JsonValue parent, std::string_view key, const Path& parent_path, Each&& each) {
        List(parent, key, parent_path, [&](JsonValue item, const Path& path) {
            if (!item.is_object()) {
                Error(path, "expected an object, found " + std::string(TypeName(item)) + "; entry skipped");
                return;
            }
            each(item, path);
        });
    }

    void Strings(JsonValue parent, std::string_view key, const Path& parent_path, std::vector<std::string>& out) {
        List(parent, key, parent_path, [&](JsonValue item, const Path& path) {
            std::string s;
            if (Text(item, path, s) && !Trim(s).empty()) out.push_back(std::move(s));
        });
    }

    // A list of keywords, or (as older resumes write them) one text of comma-separated words, with a note.
    void Keywords(JsonValue parent, std::string_view key, const Path& parent_path, std::vector<std::string>& out) {
        JsonValue v = Member(parent, key);
        if (!v || !v.is_string()) return Strings(parent, key, parent_path, out);
        const Path path(parent_path, key);
        std::string text;
        if (!Text(v, path, text)) return;
        for (std::size_t start = 0; start <= text.size();) {
            const std::size_t end = std::min(text.find_first_of(",;", start), text.size());
            if (const std::string_view word = Trim(std::string_view(text).substr(start, end - start)); !word.empty())
                out.emplace_back(word);
            start = end + 1;
        }
        if (!out.empty()) Note(path, "keywords given as one text; read as a list of " + std::to_string(out.size()));
    }

    // {name, url} or a plain string.
    bool PersonValue(JsonValue value, const Path& path, Person& out) {
        if (value.is_string()) return Text(value, path, out.name) && !Trim(out.name).empty();
        if (!value.is_object()) {
            Error(path, "expected a name or an object with \"name\" and \"url\", found " + std::string(TypeName(value)));
            return false;
        }
        if (!String(value, "name", path, out.name, true)) return false;
        Url(value, "url", path, out.url);
        return true;
    }

    void People(JsonValue parent, std::string_view key, const Path& parent_path, std::vector<Person>& out) {
        List(parent, key, parent_path, [&](JsonValue item, const Path& path) {
            Person p;
            if (PersonValue(item, path, p)) out.push_back(std::move(p));
        });
    }

    void Links(JsonValue parent, std::string_view key, const Path& parent_path, std::vector<Link>& out) {
        ObjectList(parent, key, parent_path, [&](JsonValue item, const Path& path) {
            Link link;
            JsonValue url = Member(item, "url");
            if (!url) {
                Error(Path(path, "url"), "missing required field \"url\"; link skipped");
                return;
            }
            if (!CheckedLink(url, Path(path, "url"), link.url)) return;
            String(item, "type", path, link.type);
            String(item, "label", path, link.label);
            link.type = AsciiLower(Trim(link.type));
            if (link.type.empty()) link.type = "link";
            out.push_back(std::move(link));
        });
    }

    void Color(JsonValue parent, std::string_view key, const Path& parent_path, std::string& out) {
        std::string c;
        if (!String(parent, key, parent_path, c)) return;
        const bool hex = std::all_of(c.begin() + (c.empty() ? 0 : 1), c.end(), [](char ch) {
            return (ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'f') || (ch >= 'A' && ch <= 'F');
        });
        if (c.size() >= 1 && c[0] == '#' && (c.size() == 7 || c.size() == 4) && hex) out = c;
        else Warn(Path(parent_path, key), "invalid colour \"" + EscapeInvalidUtf8(TruncateUtf8(c, 20)) + "\": expected #rrggbb; a theme colour is used");
    }

    template <class Enum, std::size_t N>
    void EnumField(JsonValue parent, std::string_view key, const Path& parent_path,
                   const std::pair<const char*, Enum> (&names)[N], Enum& out) {
        std::string s;
        if (!String(parent, key, parent_path, s)) return;
        const std::string lower = AsciiLower(Trim(s));
        for (const auto& [name, value] : names)
            if (lower == name) { out = value; return; }
        std::string allowed;
        for (const auto& [name, value] : names) allowed += std::string(allowed.empty() ? "" : ", ") + name;
        Warn(Path(parent_path, key), "unknown value \"" + EscapeInvalidUtf8(TruncateUtf8(s, 40)) + "\" (expected one of: " + allowed + ")");
    }

    // A text field that people also write as a number ("gpa": 3.9, "postalCode": 94115, "startDate": 2020):
    // a number is read as its digits as written, with a note.
    bool StringOrNumber(JsonValue parent, std::string_view key, const Path& parent_path, std::string& out) {
        const JsonValue v = Member(parent, key);
        if (!v || !v.is_number()) return String(parent, key, parent_path, out);
        const std::size_t start = std::min(v.offset(), text_.size());
        const std::size_t end = std::min(text_.find_first_not_of("+-.0123456789eE", start), text_.size());
        out = std::string(text_.substr(start, end - start));
        Note(Path(parent_path, key), "a number where text is expected; read as \"" + out + "\"");
        return true;
    }

private:
    const LoadLimits& limits_;
    std::vector<Diagnostic>& out_;
    std::string_view text_;
};

constexpr std::pair<const char*, VenueKind> kVenueKinds[] = {
    {"conference", VenueKind::Conference}, {"journal", VenueKind::Journal}, {"workshop", VenueKind::Workshop},
    {"preprint", VenueKind::Preprint},     {"thesis", VenueKind::Thesis},   {"other", VenueKind::Other}};
constexpr std::pair<const char*, AvailabilityKind> kAvailabilityKinds[] = {
    {"internship", AvailabilityKind::Internship}, {"collaboration", AvailabilityKind::Collaboration},
    {"chat", AvailabilityKind::Chat},             {"position", AvailabilityKind::Position},
    {"other", AvailabilityKind::Other}};

// The profile page of a username on a network whose addresses are well known (JSON Resume's sample gives
// Twitter a username and no url); "" for other networks or a username that is not a plain name.
std::string ProfileUrlOf(std::string_view network, std::string_view username) {
    static constexpr std::pair<const char*, const char*> kNetworks[] = {
        {"github", "https://github.com/"}, {"gitlab", "https://gitlab.com/"}, {"twitter", "https://twitter.com/"},
        {"x", "https://x.com/"},           {"linkedin", "https://www.linkedin.com/in/"}};
    const std::string_view name = Trim(username).substr(Trim(username).rfind('@', 0) == 0 ? 1 : 0);  // "@me" -> "me"
    if (name.empty() || name.find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.") != std::string_view::npos)
        return "";
    const std::string key = AsciiLower(Trim(network));
    for (const auto& [known, prefix] : kNetworks)
        if (key == known) return prefix + std::string(name);
    return "";
}

void ReadBasics(Reader& r, JsonValue root, Profile& p) {
    JsonValue b = r.Object(root, "basics", kRoot, true);
    if (!b) return;
    const Path path(kRoot, "basics");
    Basics& out = p.basics;
    if (r.String(b, "name", path, out.name, true)) out.name = std::string(Trim(out.name));  // the name is laid out from its first letter
    r.String(b, "label", path, out.label);
    r.String(b, r.Key(b, "image", "picture", path), path, out.image);
    r.String(b, "phone", path, out.phone);
    r.Url(b, "url", path, out.url);
    r.Markup(b, "summary", path, out.summary);
    if (r.String(b, "email", path, out.email)) {
        const std::string_view e = Trim(out.email);
        const std::size_t at = e.find('@');
        if (at == std::string_view::npos || at == 0 || at + 1 == e.size() ||
            e.find_first_of(" \t\r\n<>,;:?&\"") != std::string_view::npos) {
            r.Error(Path(path, "email"), "invalid e-mail address \"" + EscapeInvalidUtf8(TruncateUtf8(e, 80)) + "\"");
            out.email.clear();
        } else {
            out.email = std::string(e);
        }
    }
    if (JsonValue loc = r.Object(b, "location", path)) {
        const Path lp(path, "location");
        r.String(loc, "address", lp, out.location.address);
        r.StringOrNumber(loc, "postalCode", lp, out.location.postal_code);
        r.String(loc, "city", lp, out.location.city);
        r.String(loc, "countryCode", lp, out.location.country_code);
        r.String(loc, "region", lp, out.location.region);
    }
    r.ObjectList(b, "profiles", path, [&](JsonValue item, const Path& ip) {
        SocialProfile sp;
        r.String(item, "network", ip, sp.network);
        r.String(item, "username", ip, sp.username);
        r.Url(item, "url", ip, sp.url);
        if (sp.url.empty()) sp.url = ProfileUrlOf(sp.network, sp.username);
        if (sp.url.empty() && sp.username.empty()) {
            r.Warn(ip, "profile has neither \"url\" nor \"username\"; skipped");
            return;
        }
        out.profiles.push_back(std::move(sp));
    });
    if (JsonValue aff = Reader::Member(b, "affiliation")) {
        Person person;
        if (r.PersonValue(aff, Path(path, "affiliation"), person)) out.affiliation = std::move(person);
    }
    r.People(b, "advisors", path, out.advisors);
    r.String(b, "timezone", path, out.timezone);
    if (r.String(b, "utcOffset", path, out.utc_offset) && !ParseUtcOffsetMinutes(out.utc_offset)) {
        r.Warn(Path(path, "utcOffset"),
               "invalid UTC offset \"" + EscapeInvalidUtf8(TruncateUtf8(out.utc_offset, 20)) + "\": expected +HH:MM");
        out.utc_offset.clear();
    }
}

void ReadPublications(Reader& r, JsonValue root, Profile& p) {
    r.ObjectList(root, "publications", kRoot, [&](JsonValue item, const Path& path) {
        Publication pub;
        if (!r.Required(item, "name", path, pub.name, "publication skipped: it has no title (\"name\")")) return;
        r.String(item, "id", path, pub.id);
        r.String(item, "publisher", path, pub.publisher);
        r.EnumField(item, "venueKind", path, kVenueKinds, pub.venue_kind);
        r.DateField(item, "releaseDate", path, pub.release_date);
        r.Url(item, "url", path, pub.url);
        r.Markup(item, "summary", path, pub.summary);
        r.String(item, "bibtex", path, pub.bibtex);
        r.List(item, "authors", path, [&](JsonValue a, const Path& ap) {
            Author author;
            if (a.is_object()) {
                if (!r.String(a, "name", ap, author.name, true)) return;
                r.Bool(a, "equalContribution", ap, author.equal_contribution);
            } else if (!r.Text(a, ap, author.name) || Trim(author.name).empty()) {
                return;
            }
            pub.authors.push_back(std::move(author));
        });
        r.Strings(item, "topics", path, pub.topics);
        r.Strings(item, "projects", path, pub.projects);
        r.Strings(item, "tags", path, pub.tags);
        r.Strings(item, "badges", path, pub.badges);
        r.Links(item, "links", path, pub.links);
        p.publications.push_back(std::move(pub));
    });
}

void ReadProjects(Reader& r, JsonValue root, Profile& p) {
    r.ObjectList(root, "projects", kRoot, [&](JsonValue item, const Path& path) {
        Project proj;
        if (!r.Required(item, "name", path, proj.name, "project skipped: it has no \"name\"")) return;
        r.String(item, "id", path, proj.id);
        r.Markup(item, "description", path, proj.description);
        r.MarkupList(item, "highlights", path, proj.highlights);
        r.Keywords(item, "keywords", path, proj.keywords);
        r.Strings(item, "roles", path, proj.roles);
        r.DateRange(item, path, proj.start_date, proj.end_date);
        r.Url(item, "url", path, proj.url);
        r.String(item, "entity", path, proj.entity);
        r.String(item, "type", path, proj.type);
        r.Links(item, "links", path, proj.links);
        r.Color(item, "color", path, proj.color);
        r.String(item, "image", path, proj.image);
        if (const auto stars = Reader::Member(item, "stars").unsigned_integer())
            proj.stars = std::to_string(*stars);  // "stars": 38000 is fine too
        else
            r.String(item, "stars", path, proj.stars);
        p.projects.push_back(std::move(proj));
    });
}

void ReadWork(Reader& r, JsonValue root, Profile& p) {
    r.ObjectList(root, "work", kRoot, [&](JsonValue item, const Path& path) {
        Work w;
        if (!r.Required(item, r.Key(item, "name", "company", path), path, w.name, "work entry skipped: it has no organisation (\"name\")")) return;
        r.String(item, "position", path, w.position);
        r.Url(item, "url", path, w.url);
        r.String(item, "location", path, w.location);
        r.String(item, "description", path, w.description);
        r.DateRange(item, path, w.start_date, w.end_date);
        r.Markup(item, "summary", path, w.summary);
        r.MarkupList(item, "highlights", path, w.highlights);
        r.People(item, "hosts", path, w.hosts);
        r.Strings(item, "features", path, w.features);
        p.work.push_back(std::move(w));
    });
}

void ReadEducation(Reader& r, JsonValue root, Profile& p) {
    r.ObjectList(root, "education", kRoot, [&](JsonValue item, const Path& path) {
        Education e;
        if (!r.Required(item, "institution", path, e.institution, "education entry skipped: it has no \"institution\"")) return;
        r.Url(item, "url", path, e.url);
        r.String(item, "area", path, e.area);
        r.String(item, "studyType", path, e.study_type);
        r.DateRange(item, path, e.start_date, e.end_date, r.Key(item, "endDate", "graduationDate", path));
        r.StringOrNumber(item, r.Key(item, "score", "gpa", path), path, e.score);
        r.Strings(item, "courses", path, e.courses);
        r.People(item, "supervisors", path, e.supervisors);
        r.String(item, "location", path, e.location);
        p.education.push_back(std::move(e));
    });
}

void ReadVolunteer(Reader& r, JsonValue root, Profile& p) {
    r.ObjectList(root, "volunteer", kRoot, [&](JsonValue item, const Path& path) {
        Volunteer v;
        if (!r.Required(item, "organization", path, v.organization, "volunteer entry skipped: it has no \"organization\"")) return;
        r.String(item, "position", path, v.position);
        r.Url(item, "url", path, v.url);
        r.DateRange(item, path, v.start_date, v.end_date);
        r.Markup(item, "summary", path, v.summary);
        r.MarkupList(item, "highlights", path, v.highlights);
        p.volunteer.push_back(std::move(v));
    });
}

// awards, certificates: a titled entry with one date.
void ReadAwards(Reader& r, JsonValue root, Profile& p) {
    r.ObjectList(root, "awards", kRoot, [&](JsonValue item, const Path& path) {
        Award a;
        if (!r.Required(item, "title", path, a.title, "award skipped: it has no \"title\"")) return;
        r.DateField(item, "date", path, a.date);
        r.String(item, "awarder", path, a.awarder);
        r.Markup(item, "summary", path, a.summary);
        p.awards.push_back(std::move(a));
    });
    r.ObjectList(root, "certificates", kRoot, [&](JsonValue item, const Path& path) {
        Certificate c;
        if (!r.Required(item, "name", path, c.name, "certificate skipped: it has no \"name\"")) return;
        r.DateField(item, "date", path, c.date);
        r.String(item, "issuer", path, c.issuer);
        r.Url(item, "url", path, c.url);
        p.certificates.push_back(std::move(c));
    });
}

// skills, languages (older resumes name them "name" and "level"), references.
void ReadSkills(Reader& r, JsonValue root, Profile& p) {
    r.ObjectList(root, "skills", kRoot, [&](JsonValue item, const Path& path) {
        Skill sk;
        if (!r.Required(item, "name", path, sk.name, "skill skipped: it has no \"name\"")) return;
        r.String(item, "level", path, sk.level);
        r.Keywords(item, "keywords", path, sk.keywords);
        p.skills.push_back(std::move(sk));
    });
    r.ObjectList(root, "languages", kRoot, [&](JsonValue item, const Path& path) {
        Language l;
        if (!r.Required(item, r.Key(item, "language", "name", path), path, l.language, "language skipped: it has no \"language\"")) return;
        r.String(item, r.Key(item, "fluency", "level", path), path, l.fluency);
        p.languages.push_back(std::move(l));
    });
    r.ObjectList(root, "references", kRoot, [&](JsonValue item, const Path& path) {
        Reference ref;
        r.String(item, "name", path, ref.name);
        r.Markup(item, "reference", path, ref.reference);
        if (Trim(ref.name).empty() && Trim(ref.reference).empty()) {
            r.Error(path, "reference skipped: it has neither \"name\" nor \"reference\"");
            return;
        }
        p.references.push_back(std::move(ref));
    });
}

void ReadRest(Reader& r, JsonValue root, Profile& p) {
    r.Strings(root, "aliases", kRoot, p.aliases);
    r.ObjectList(root, "topics", kRoot, [&](JsonValue item, const Path& path) {
        Topic t;
        if (!r.String(item, "id", path, t.id, true)) return;
        r.String(item, "name", path, t.name);
        if (t.name.empty()) t.name = t.id;
        r.Color(item, "color", path, t.color);
        p.topics.push_back(std::move(t));
    });
    r.ObjectList(root, "interests", kRoot, [&](JsonValue item, const Path& path) {
        Interest in;
        if (!r.String(item, "name", path, in.name, true)) return;
        r.Keywords(item, "keywords", path, in.keywords);
        r.String(item, "topic", path, in.topic);
        p.interests.push_back(std::move(in));
    });
    r.ObjectList(root, "availability", kRoot, [&](JsonValue item, const Path& path) {
        Availability a;
        r.EnumField(item, "kind", path, kAvailabilityKinds, a.kind);
        r.String(item, "title", path, a.title);
        r.String(item, "description", path, a.description);
        r.DateRange(item, path, a.start_date, a.end_date);
        if (a.title.empty() && a.description.empty()) {
            r.Error(path, "availability entry skipped: it has neither \"title\" nor \"description\"");
            return;
        }
        p.availability.push_back(std::move(a));
    });
    r.ObjectList(root, "sections", kRoot, [&](JsonValue item, const Path& path) {
        Section s;
        r.String(item, "id", path, s.id);
        r.String(item, "title", path, s.title);
        if (!r.String(item, "body", path, s.body, true)) return;
        p.sections.push_back(std::move(s));
    });
}

bool IsAbsolutePath(std::string_view name) {
    return (!name.empty() && (name[0] == '/' || name[0] == '\\')) || (name.size() > 1 && name[1] == ':');
}

// "bibliography": a .bib file next to the profile, or {"bibtex": "..."}. Its entries are appended to
// the publications; its diagnostics go to `out` (they are about another text, so they are not sorted
// among the profile's).
void ReadBibliography(Reader& r, JsonValue root, const LoadLimits& limits, const TextFileReader& read_file,
                      const std::string& profile_file, Profile& p, std::vector<Diagnostic>& out) {
    const JsonValue v = Reader::Member(root, "bibliography");
    if (!v) return;
    const Path path(kRoot, "bibliography");
    std::string text, name;
    if (v.is_object()) {
        const JsonValue inline_text = Reader::Member(v, "bibtex");
        if (!inline_text.is_string()) {
            r.Error(Path(path, "bibtex"), "expected the BibTeX text as a string");
            return;
        }
        text = std::string(inline_text.str());  // not cut at max_string_bytes: ParseBibtex has its own limits
        name = profile_file + " ($.bibliography.bibtex)";
    } else if (v.is_string()) {
        name = std::string(Trim(v.str()));
        if (name.empty()) return;
        if (IsAbsolutePath(name)) {
            r.Error(path, "\"" + EscapeInvalidUtf8(TruncateUtf8(name, 80)) + "\" is an absolute path: name the .bib file relative to the profile's folder");
            return;
        }
        std::optional<std::string> read = read_file ? read_file(name) : std::nullopt;
        if (!read) {
            r.Error(path, "cannot read the bibliography file \"" + EscapeInvalidUtf8(TruncateUtf8(name, 80)) + "\"" +
                              (read_file ? " next to the profile" : ": a profile given as text can only hold {\"bibtex\": \"...\"}"));
            return;
        }
        text = std::move(*read);
    } else {
        r.Error(path, std::string("expected a .bib file name or {\"bibtex\": \"...\"}, found ") + TypeName(v));
        return;
    }
    BibtexResult bib = ParseBibtex(text, name, limits);
    for (Publication& pub : bib.publications) p.publications.push_back(std::move(pub));
    for (Diagnostic& d : bib.diagnostics) out.push_back(std::move(d));
}

// Checks that need the whole profile: ids, references between sections, date order, owner marks.
void CrossCheck(Reader& r, Profile& p) {
    // Ids and names in hash sets, and a publication's path spelled out only for a problem: at 10k
    // publications these checks were an eighth of loading.
    using Ids = std::unordered_set<std::string>;
    auto unique_id = [](Ids& used, std::string id) {
        if (id.empty()) id = "item";
        if (used.insert(id).second) return id;
        for (int n = 2;; ++n) {
            std::string candidate = id + "-" + std::to_string(n);
            if (used.insert(candidate).second) return candidate;
        }
    };
    Ids project_ids;
    for (std::size_t i = 0; i < p.projects.size(); ++i) {
        Project& proj = p.projects[i];
        std::string wanted = proj.id.empty() ? Slugify(proj.name) : proj.id;
        if (!proj.id.empty() && project_ids.count(proj.id))
            r.Warn(PathKey(PathIndex("$.projects", i), "id"), "duplicate project id \"" + proj.id + "\"; renamed");
        proj.id = unique_id(project_ids, std::move(wanted));
    }
    Ids topic_ids;
    for (const Topic& t : p.topics) topic_ids.insert(t.id);
    Ids pub_ids;
    pub_ids.reserve(p.publications.size());
    // Whether a name is the owner's depends on the name alone: each distinct author name is compared once
    // (author lists repeat the same names; comparing every occurrence was a third of loading 10k entries).
    std::unordered_map<std::string, bool> owner_name;
    const auto is_owner = [&](const std::string& name) {
        auto it = owner_name.find(name);
        if (it == owner_name.end()) {
            const bool same = SameName(name, p.basics.name) ||
                              std::any_of(p.aliases.begin(), p.aliases.end(), [&](const std::string& al) { return SameName(name, al); });
            it = owner_name.emplace(name, same).first;
        }
        return it->second;
    };
    for (std::size_t i = 0; i < p.publications.size(); ++i) {
        Publication& pub = p.publications[i];
        const auto path = [i] { return PathIndex("$.publications", i); };
        std::string wanted = pub.id.empty() ? Slugify(pub.name) : pub.id;
        if (!pub.id.empty() && pub_ids.count(pub.id))
            r.Warn(PathKey(path(), "id"), "duplicate publication id \"" + pub.id + "\"; renamed");
        pub.id = unique_id(pub_ids, std::move(wanted));
        for (std::size_t k = 0; k < pub.topics.size(); ++k) {
            if (topic_ids.insert(pub.topics[k]).second) {
                r.Warn(PathIndex(PathKey(path(), "topics"), k),
                       "topic \"" + pub.topics[k] + "\" is not declared in $.topics; it is shown with its id as name");
                p.topics.push_back(Topic{pub.topics[k], pub.topics[k], ""});
            }
        }
        for (std::size_t k = 0; k < pub.projects.size(); ++k)
            if (!project_ids.count(pub.projects[k]))
                r.Warn(PathIndex(PathKey(path(), "projects"), k), "no project has id \"" + pub.projects[k] + "\"");
        for (Author& a : pub.authors) a.is_owner = is_owner(a.name);
    }
}

void AttachPositions(std::string_view text, std::vector<Diagnostic>& diagnostics) {
    std::vector<std::string> paths;
    for (const Diagnostic& d : diagnostics)
        if (d.line == 0) paths.push_back(d.path);
    if (paths.empty()) return;
    const auto positions = LocatePaths(text, paths);
    for (Diagnostic& d : diagnostics) {
        if (d.line != 0) continue;
        if (const auto it = positions.find(d.path); it != positions.end()) {
            d.line = it->second.line;
            d.column = it->second.column;
        }
    }
}

}  // namespace

std::string Diagnostic::ToString() const {
    std::string out = path;
    if (line > 0) out += " (line " + std::to_string(line) + ", column " + std::to_string(column) + ")";
    return out + ": " + message;
}

const char* SeverityName(Severity severity) {
    switch (severity) {
        case Severity::Error: return "error";
        case Severity::Warning: return "warning";
        case Severity::Note: return "note";
    }
    return "error";
}

DiagnosticCounts CountDiagnostics(const std::vector<Diagnostic>& diagnostics) {
    DiagnosticCounts counts;
    for (const Diagnostic& d : diagnostics) {
        switch (d.severity) {
            case Severity::Error: ++counts.errors; break;
            case Severity::Warning: ++counts.warnings; break;
            case Severity::Note: ++counts.notes; break;
        }
    }
    return counts;
}

std::size_t LoadResult::ErrorCount() const { return CountDiagnostics(diagnostics).errors; }

LoadResult LoadProfileFromText(std::string_view text, std::string_view file, const LoadLimits& limits,
                               const TextFileReader& read_file) {
    LoadResult result;
    result.file = std::string(file);
    auto fail_at = [&](std::size_t offset, std::string message) {
        const TextPosition pos = PositionOfOffset(text, offset);
        result.diagnostics.push_back(Diagnostic{Severity::Error, "$", pos.line, pos.column, std::move(message), result.file});
        return result;
    };
    if (text.size() > limits.max_bytes)
        return fail_at(0, "profile is " + std::to_string(text.size()) + " bytes; the limit is " +
                              std::to_string(limits.max_bytes) + " bytes");
    if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);  // UTF-8 byte order mark
    if (Trim(text).empty()) return fail_at(0, "profile is empty: expected a JSON object");
    if (text.substr(0, 2) == "\xFF\xFE" || text.substr(0, 2) == "\xFE\xFF")
        return fail_at(0, "the file is UTF-16 text (it starts with a UTF-16 byte order mark): save it as UTF-8");
    if (const std::size_t nul = text.find('\0'); nul != std::string_view::npos)
        return fail_at(nul, "the file holds a NUL byte here: it is not a JSON text file (was a binary file dropped?)");

    JsonDoc doc;
    if (!doc.Parse(text, limits.max_depth)) {
        const JsonError& error = *doc.error();
        if (error.kind == JsonError::Kind::Depth)
            return fail_at(error.offset, error.message + "; a profile needs only a few");
        std::string message = "JSON syntax error: " + EscapeInvalidUtf8(error.message);
        const std::size_t at = error.offset;
        if (at < text.size() && text[at] == '/' && at + 1 < text.size() && (text[at + 1] == '/' || text[at + 1] == '*'))
            message += " (JSON has no comments: remove the // or /* */ comment)";
        return fail_at(at, std::move(message));
    }
    const JsonValue root = doc.root();
    if (!root.is_object())
        return fail_at(root.offset(), std::string("expected the profile to be a JSON object, found ") + TypeName(root));
    result.document_ok = true;

    Reader reader(limits, result.diagnostics, text);
    for (const auto& [path, key] : doc.duplicates())
        reader.Warn(PathKey(path, key), "the key \"" + EscapeInvalidUtf8(TruncateUtf8(key, 60)) +
                                            "\" is given more than once in this object; the last value is used");
    ReadBasics(reader, root, result.profile);
    ReadRest(reader, root, result.profile);
    ReadPublications(reader, root, result.profile);
    std::vector<Diagnostic> bibliography_diagnostics;
    ReadBibliography(reader, root, limits, read_file, result.file, result.profile, bibliography_diagnostics);
    ReadProjects(reader, root, result.profile);
    ReadWork(reader, root, result.profile);
    ReadEducation(reader, root, result.profile);
    ReadVolunteer(reader, root, result.profile);
    ReadAwards(reader, root, result.profile);
    ReadSkills(reader, root, result.profile);
    CrossCheck(reader, result.profile);
    AttachPositions(text, result.diagnostics);
    std::stable_sort(result.diagnostics.begin(), result.diagnostics.end(), [](const Diagnostic& a, const Diagnostic& b) {
        return a.line != b.line ? a.line < b.line : a.column < b.column;
    });
    for (Diagnostic& d : result.diagnostics) d.file = result.file;
    for (Diagnostic& d : bibliography_diagnostics) result.diagnostics.push_back(std::move(d));
    return result;
}

LoadResult LoadProfileFromFile(const std::string& path, const LoadLimits& limits) {
    const std::optional<std::string> text = ReadWholeFile(path, limits.max_bytes);
    if (!text) {
        LoadResult result;
        result.file = path;
        result.diagnostics.push_back(Diagnostic{Severity::Error, "$", 0, 0, "cannot open profile file \"" + path + "\"", path});
        return result;
    }
    const std::size_t slash = path.find_last_of("/\\");
    const std::string base_dir = slash == std::string::npos ? std::string(".") : path.substr(0, slash == 0 ? 1 : slash);
    std::vector<std::string> companions;
    const TextFileReader read_next_to_profile = [&](const std::string& name) {
        companions.push_back(base_dir + "/" + name);
        return ReadWholeFile(companions.back(), limits.max_bytes);
    };
    LoadResult result = LoadProfileFromText(*text, path, limits, read_next_to_profile);
    result.companion_files = std::move(companions);
    LoadProfileImages(result, *text, base_dir);
    return result;
}

LoadResult ApplyBibtexFromFile(const Profile& current, const std::string& path, const LoadLimits& limits) {
    const std::optional<std::string> text = ReadWholeFile(path, limits.max_bytes);
    if (text) return ApplyBibtexFile(current, *text, path, limits);
    LoadResult result;
    result.file = path;
    result.profile = current;
    result.document_ok = false;
    result.diagnostics.push_back(Diagnostic{Severity::Error, "$", 0, 0, "cannot open bibliography file \"" + path + "\"", path});
    return result;
}

LoadResult ApplyBibtexFile(const Profile& current, std::string_view text, std::string_view name, const LoadLimits& limits) {
    LoadResult result;
    result.file = std::string(name);
    result.profile = current;
    BibtexResult bib = ParseBibtex(text, name, limits);
    result.document_ok = text.size() <= limits.max_bytes;
    result.profile.publications = std::move(bib.publications);
    result.diagnostics = std::move(bib.diagnostics);
    std::vector<Diagnostic> checks;  // ids and owner marks; the .bib's ids are unique already, so these are rare
    Reader reader(limits, checks, {});  // no JSON text: the checks quote no numbers
    CrossCheck(reader, result.profile);
    for (Diagnostic& d : checks) {
        d.file = result.file;
        result.diagnostics.push_back(std::move(d));
    }
    return result;
}

}  // namespace portfolio
