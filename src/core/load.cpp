// Loading a profile: bytes in, a Profile plus a list of diagnostics out. Never throws, never aborts:
// nlohmann/json is driven through its non-throwing SAX entry point and every value's type is checked
// before it is read, so the same code is safe in the web build, where exceptions are compiled out.
#include "core/load.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <set>
#include <unordered_set>

#include <nlohmann/json.hpp>

#include "core/availability.h"
#include "core/dates.h"
#include "core/json_locate.h"
#include "core/markup.h"
#include "core/links.h"
#include "core/text.h"

namespace portfolio {
namespace {

using json = nlohmann::json;

// Removes C0 control characters other than line feed and tab, and DEL: they draw as boxes or cut the
// text short (NUL). True when something was removed.
bool RemoveControlCharacters(std::string& text) {
    const auto is_control = [](char c) {
        const auto u = static_cast<unsigned char>(c);
        return (u < 0x20 && c != '\n' && c != '\t') || u == 0x7F;
    };
    const auto end = std::remove_if(text.begin(), text.end(), is_control);
    if (end == text.end()) return false;
    text.erase(end, text.end());
    return true;
}

// Builds the DOM like nlohmann's own parser and records the first syntax error instead of throwing.
struct CapturingSax {
    explicit CapturingSax(json& root) : dom(root, false) {}
    nlohmann::detail::json_sax_dom_parser<json> dom;
    bool failed = false;
    std::size_t error_offset = 0;  // just past the offending token
    std::string error_message;

    bool null() { Value(); return dom.null(); }
    bool boolean(bool v) { Value(); return dom.boolean(v); }
    bool number_integer(json::number_integer_t v) { Value(); return dom.number_integer(v); }
    bool number_unsigned(json::number_unsigned_t v) { Value(); return dom.number_unsigned(v); }
    bool number_float(json::number_float_t v, const std::string& s) { Value(); return dom.number_float(v, s); }
    bool string(std::string& v) { Value(); return dom.string(v); }
    bool binary(json::binary_t& v) { Value(); return dom.binary(v); }
    // The keys of each object being read, to report a key given twice (JSON keeps the last silently).
    // Paths are built only when a duplicate is found: a clean profile pays one hash insert per key.
    struct Open {
        bool is_object = false;
        std::size_t index = 0;            // arrays: the next element's index
        std::string key;                  // objects: the current member's key
        std::unordered_set<std::string> keys;  // objects: the keys seen
    };
    std::vector<Open> open;
    std::vector<std::pair<std::string, std::string>> duplicates;  // (the object's path, the key)

    std::string PathOfTop() const {  // the path of the innermost open container
        std::string path = "$";
        for (std::size_t i = 0; i + 1 < open.size(); ++i)
            path = open[i].is_object ? PathKey(path, open[i].key) : PathIndex(path, open[i].index - 1);
        return path;
    }
    void Value() {  // a value's place, so array indexes advance
        if (!open.empty() && !open.back().is_object) ++open.back().index;
    }
    bool start_object(std::size_t n) {
        Value();
        open.push_back(Open{true, 0, {}, {}});
        return dom.start_object(n);
    }
    bool key(std::string& v) {
        Open& o = open.back();
        if (!o.keys.insert(v).second) duplicates.emplace_back(PathOfTop(), v);
        o.key = v;
        return dom.key(v);
    }
    bool end_object() {
        open.pop_back();
        return dom.end_object();
    }
    bool start_array(std::size_t n) {
        Value();
        open.push_back(Open{false, 0, {}, {}});
        return dom.start_array(n);
    }
    bool end_array() {
        open.pop_back();
        return dom.end_array();
    }
    template <class Exception>
    bool parse_error(std::size_t position, const std::string&, const Exception& ex) {
        failed = true;
        error_offset = position;
        error_message = ex.what();
        return false;
    }
};

// "[json.exception.parse_error.101] parse error at line 1, column 5: syntax error while parsing value - x"
// -> "syntax error while parsing value - x" (our own line:column is attached separately).
std::string CleanParseMessage(const std::string& what) {
    std::string msg = what;
    if (msg.rfind("[json.exception.", 0) == 0 && msg.find("] ") != std::string::npos) msg = msg.substr(msg.find("] ") + 2);
    if (msg.rfind("parse error at line ", 0) == 0 && msg.find(": ") != std::string::npos) msg = msg.substr(msg.find(": ") + 2);
    return "JSON syntax error: " + EscapeInvalidUtf8(msg);
}

// nlohmann reports the offset just past what it read. Point at the start of the offending token instead
// (the string, number or word it could not use), at the bad byte inside a string, or at the end of input.
std::size_t ErrorOffset(std::string_view text, std::size_t past, const std::string& message) {
    if (past == 0 || message.find("end of input") != std::string::npos) return std::min(past, text.size());
    std::size_t i = std::min(past, text.size()) - 1;
    if (message.find("invalid string") != std::string::npos) return i;
    auto word = [](char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '.' || c == '+' || c == '-';
    };
    if (text[i] == '"') {
        while (i > 0) {
            --i;
            if (text[i] == '"' && (i == 0 || text[i - 1] != '\\')) break;
        }
    } else if (word(text[i])) {
        while (i > 0 && word(text[i - 1])) --i;
    }
    return i;
}

const char* TypeName(const json& v) {
    switch (v.type()) {
        case json::value_t::null: return "null";
        case json::value_t::object: return "an object";
        case json::value_t::array: return "a list";
        case json::value_t::string: return "a string";
        case json::value_t::boolean: return "true/false";
        case json::value_t::number_integer:
        case json::value_t::number_unsigned:
        case json::value_t::number_float: return "a number";
        default: return "an unsupported value";
    }
}

// Reads typed fields out of the DOM, recording a diagnostic for each value it cannot use.
class Reader {
public:
    Reader(const LoadLimits& limits, std::vector<Diagnostic>& out) : limits_(limits), out_(out) {}

    void Report(Severity severity, const std::string& path, std::string message) {
        out_.push_back(Diagnostic{severity, path, 0, 0, std::move(message), {}});  // the file is set once loading is done
    }
    void Error(const std::string& path, std::string message) { Report(Severity::Error, path, std::move(message)); }
    void Warn(const std::string& path, std::string message) { Report(Severity::Warning, path, std::move(message)); }

    // The member, or nullptr when absent or null (null means "not given" throughout).
    static const json* Member(const json& object, std::string_view key) {
        const auto it = object.find(key);
        return it == object.end() || it->is_null() ? nullptr : &*it;
    }

    const json* Object(const json& parent, std::string_view key, const std::string& parent_path, bool required = false) {
        const json* v = Member(parent, key);
        const std::string path = PathKey(parent_path, key);
        if (!v) {
            if (required) Error(path, "missing required object \"" + std::string(key) + "\"");
            return nullptr;
        }
        if (!v->is_object()) {
            Error(path, "expected an object, found " + std::string(TypeName(*v)));
            return nullptr;
        }
        return v;
    }

    bool Text(const json& value, const std::string& path, std::string& out) {
        if (!value.is_string()) {
            Error(path, "expected a string, found " + std::string(TypeName(value)));
            return false;
        }
        const std::string& s = value.get_ref<const std::string&>();
        if (s.size() > limits_.max_string_bytes) {
            out = std::string(TruncateUtf8(s, limits_.max_string_bytes));
            Warn(path, "text is " + std::to_string(s.size()) + " bytes long; cut to " + std::to_string(out.size()) +
                           " bytes (limit " + std::to_string(limits_.max_string_bytes) + ")");
            return true;
        }
        out = s;
        if (RemoveControlCharacters(out))
            Warn(path, "control characters (such as NUL or BEL) removed from the text; line breaks and tabs are kept");
        return true;
    }

    // A field in inline markup: read as text, and every [text](link) whose link is refused is reported
    // (the view shows such a link as plain text).
    bool Markup(const json& parent, std::string_view key, const std::string& parent_path, std::string& out) {
        if (!String(parent, key, parent_path, out)) return false;
        ReportRefusedMarkupLinks(out, PathKey(parent_path, key));
        return true;
    }
    void ReportRefusedMarkupLinks(std::string_view text, const std::string& path) {
        for (const RefusedLink& link : RefusedLinks(text))
            Warn(path, DescribeUrlProblem(link.checked) + ": the link \"" + EscapeInvalidUtf8(TruncateUtf8(link.url, 80)) +
                           "\" in the text is shown as plain text");
    }
    // A list of markup strings (highlights): each read as text and its refused links reported.
    void MarkupList(const json& parent, std::string_view key, const std::string& parent_path, std::vector<std::string>& out) {
        List(parent, key, parent_path, [&](const json& item, const std::string& path) {
            std::string s;
            if (!Text(item, path, s) || Trim(s).empty()) return;
            ReportRefusedMarkupLinks(s, path);
            out.push_back(std::move(s));
        });
    }

    bool String(const json& parent, std::string_view key, const std::string& parent_path, std::string& out,
                bool required = false) {
        const json* v = Member(parent, key);
        const std::string path = PathKey(parent_path, key);
        if (!v) {
            if (required) Error(path, "missing required field \"" + std::string(key) + "\"");
            return false;
        }
        if (!Text(*v, path, out)) return false;
        if (required && Trim(out).empty()) {
            Error(path, "required field \"" + std::string(key) + "\" is empty");
            return false;
        }
        return true;
    }

    // A link: kept only when it passes the http/https/mailto check; otherwise dropped with a warning.
    bool CheckedLink(const json& value, const std::string& path, std::string& out) {
        std::string raw;
        if (!Text(value, path, raw)) return false;
        const CheckedUrl checked = CheckUrl(raw);
        if (checked.verdict == UrlVerdict::Empty) return false;
        if (!checked.ok()) {
            Error(path, DescribeUrlProblem(checked) + ": \"" + EscapeInvalidUtf8(TruncateUtf8(raw, 80)) + "\"; link ignored");
            return false;
        }
        out = checked.url;
        return true;
    }

    bool Url(const json& parent, std::string_view key, const std::string& parent_path, std::string& out) {
        const json* v = Member(parent, key);
        return v && CheckedLink(*v, PathKey(parent_path, key), out);
    }

    void DateField(const json& parent, std::string_view key, const std::string& parent_path, Date& out,
                   bool allow_now = false) {
        std::string text;
        if (!String(parent, key, parent_path, text)) return;
        const std::string_view t = Trim(text);
        if (t.empty()) return;
        if (allow_now) {
            const std::string lower = AsciiLower(t);
            if (lower == "now" || lower == "present" || lower == "current") return;
        }
        if (const auto d = ParseDate(t)) out = *d;
        else
            Error(PathKey(parent_path, key), "invalid date \"" + EscapeInvalidUtf8(TruncateUtf8(t, 40)) +
                                                 "\": expected YYYY, YYYY-MM or YYYY-MM-DD" +
                                                 (allow_now ? " (or \"now\")" : ""));
    }

    // startDate/endDate of one entry, with "now" allowed at the end and the order checked.
    void DateRange(const json& parent, const std::string& path, Date& start, Date& end) {
        DateField(parent, "startDate", path, start);
        DateField(parent, "endDate", path, end, true);
        if (start.IsSet() && end.IsSet() && end.SortKey() < start.SortKey())
            Warn(PathKey(path, "endDate"), "ends (" + FormatDate(end) + ") before it starts (" + FormatDate(start) + ")");
    }

    bool Bool(const json& parent, std::string_view key, const std::string& parent_path, bool& out) {
        const json* v = Member(parent, key);
        if (!v) return false;
        if (!v->is_boolean()) {
            Error(PathKey(parent_path, key), "expected true or false, found " + std::string(TypeName(*v)));
            return false;
        }
        out = v->get<bool>();
        return true;
    }

    // Calls each(item, item_path) for every element of a list field, within the item limit.
    template <class Each>
    void List(const json& parent, std::string_view key, const std::string& parent_path, Each&& each) {
        const json* v = Member(parent, key);
        if (!v) return;
        const std::string path = PathKey(parent_path, key);
        if (!v->is_array()) {
            Error(path, "expected a list, found " + std::string(TypeName(*v)));
            return;
        }
        const std::size_t n = std::min(v->size(), limits_.max_items);
        if (v->size() > limits_.max_items)
            Warn(path, "list has " + std::to_string(v->size()) + " entries; only the first " +
                           std::to_string(limits_.max_items) + " are read");
        for (std::size_t i = 0; i < n; ++i) each((*v)[i], PathIndex(path, i));
    }

    // Like List, but for items that must be objects; others are reported and skipped.
    template <class Each>
    void ObjectList(const json& parent, std::string_view key, const std::string& parent_path, Each&& each) {
        List(parent, key, parent_path, [&](const json& item, const std::string& path) {
            if (!item.is_object()) {
                Error(path, "expected an object, found " + std::string(TypeName(item)) + "; entry skipped");
                return;
            }
            each(item, path);
        });
    }

    void Strings(const json& parent, std::string_view key, const std::string& parent_path, std::vector<std::string>& out) {
        List(parent, key, parent_path, [&](const json& item, const std::string& path) {
            std::string s;
            if (Text(item, path, s) && !Trim(s).empty()) out.push_back(std::move(s));
        });
    }

    // {name, url} or a plain string.
    bool PersonValue(const json& value, const std::string& path, Person& out) {
        if (value.is_string()) return Text(value, path, out.name) && !Trim(out.name).empty();
        if (!value.is_object()) {
            Error(path, "expected a name or an object with \"name\" and \"url\", found " + std::string(TypeName(value)));
            return false;
        }
        if (!String(value, "name", path, out.name, true)) return false;
        Url(value, "url", path, out.url);
        return true;
    }

    void People(const json& parent, std::string_view key, const std::string& parent_path, std::vector<Person>& out) {
        List(parent, key, parent_path, [&](const json& item, const std::string& path) {
            Person p;
            if (PersonValue(item, path, p)) out.push_back(std::move(p));
        });
    }

    void Links(const json& parent, std::string_view key, const std::string& parent_path, std::vector<Link>& out) {
        ObjectList(parent, key, parent_path, [&](const json& item, const std::string& path) {
            Link link;
            const json* url = Member(item, "url");
            if (!url) {
                Error(PathKey(path, "url"), "missing required field \"url\"; link skipped");
                return;
            }
            if (!CheckedLink(*url, PathKey(path, "url"), link.url)) return;
            String(item, "type", path, link.type);
            String(item, "label", path, link.label);
            link.type = AsciiLower(Trim(link.type));
            if (link.type.empty()) link.type = "link";
            out.push_back(std::move(link));
        });
    }

    void Color(const json& parent, std::string_view key, const std::string& parent_path, std::string& out) {
        std::string c;
        if (!String(parent, key, parent_path, c)) return;
        const bool hex = std::all_of(c.begin() + (c.empty() ? 0 : 1), c.end(), [](char ch) {
            return (ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'f') || (ch >= 'A' && ch <= 'F');
        });
        if (c.size() >= 1 && c[0] == '#' && (c.size() == 7 || c.size() == 4) && hex) out = c;
        else Warn(PathKey(parent_path, key), "invalid colour \"" + EscapeInvalidUtf8(TruncateUtf8(c, 20)) + "\": expected #rrggbb; a theme colour is used");
    }

    template <class Enum, std::size_t N>
    void EnumField(const json& parent, std::string_view key, const std::string& parent_path,
                   const std::pair<const char*, Enum> (&names)[N], Enum& out) {
        std::string s;
        if (!String(parent, key, parent_path, s)) return;
        const std::string lower = AsciiLower(Trim(s));
        for (const auto& [name, value] : names)
            if (lower == name) { out = value; return; }
        std::string allowed;
        for (const auto& [name, value] : names) allowed += std::string(allowed.empty() ? "" : ", ") + name;
        Warn(PathKey(parent_path, key), "unknown value \"" + EscapeInvalidUtf8(TruncateUtf8(s, 40)) + "\" (expected one of: " + allowed + ")");
    }

private:
    const LoadLimits& limits_;
    std::vector<Diagnostic>& out_;
};

constexpr std::pair<const char*, VenueKind> kVenueKinds[] = {
    {"conference", VenueKind::Conference}, {"journal", VenueKind::Journal}, {"workshop", VenueKind::Workshop},
    {"preprint", VenueKind::Preprint},     {"thesis", VenueKind::Thesis},   {"other", VenueKind::Other}};
constexpr std::pair<const char*, AvailabilityKind> kAvailabilityKinds[] = {
    {"internship", AvailabilityKind::Internship}, {"collaboration", AvailabilityKind::Collaboration},
    {"chat", AvailabilityKind::Chat},             {"position", AvailabilityKind::Position},
    {"other", AvailabilityKind::Other}};

void ReadBasics(Reader& r, const json& root, Profile& p) {
    const json* b = r.Object(root, "basics", "$", true);
    if (!b) return;
    const std::string path = "$.basics";
    Basics& out = p.basics;
    r.String(*b, "name", path, out.name, true);
    r.String(*b, "label", path, out.label);
    r.String(*b, "image", path, out.image);
    r.String(*b, "phone", path, out.phone);
    r.Url(*b, "url", path, out.url);
    r.Markup(*b, "summary", path, out.summary);
    if (r.String(*b, "email", path, out.email)) {
        const std::string_view e = Trim(out.email);
        const std::size_t at = e.find('@');
        if (at == std::string_view::npos || at == 0 || at + 1 == e.size() ||
            e.find_first_of(" \t\r\n<>,;:?&\"") != std::string_view::npos) {
            r.Error(PathKey(path, "email"), "invalid e-mail address \"" + EscapeInvalidUtf8(TruncateUtf8(e, 80)) + "\"");
            out.email.clear();
        } else {
            out.email = std::string(e);
        }
    }
    if (const json* loc = r.Object(*b, "location", path)) {
        const std::string lp = PathKey(path, "location");
        r.String(*loc, "address", lp, out.location.address);
        r.String(*loc, "postalCode", lp, out.location.postal_code);
        r.String(*loc, "city", lp, out.location.city);
        r.String(*loc, "countryCode", lp, out.location.country_code);
        r.String(*loc, "region", lp, out.location.region);
    }
    r.ObjectList(*b, "profiles", path, [&](const json& item, const std::string& ip) {
        SocialProfile sp;
        r.String(item, "network", ip, sp.network);
        r.String(item, "username", ip, sp.username);
        r.Url(item, "url", ip, sp.url);
        if (sp.url.empty() && sp.username.empty()) {
            r.Warn(ip, "profile has neither \"url\" nor \"username\"; skipped");
            return;
        }
        out.profiles.push_back(std::move(sp));
    });
    if (const json* aff = Reader::Member(*b, "affiliation")) {
        Person person;
        if (r.PersonValue(*aff, PathKey(path, "affiliation"), person)) out.affiliation = std::move(person);
    }
    r.People(*b, "advisors", path, out.advisors);
    r.String(*b, "timezone", path, out.timezone);
    if (r.String(*b, "utcOffset", path, out.utc_offset) && !ParseUtcOffsetMinutes(out.utc_offset)) {
        r.Warn(PathKey(path, "utcOffset"),
               "invalid UTC offset \"" + EscapeInvalidUtf8(TruncateUtf8(out.utc_offset, 20)) + "\": expected +HH:MM");
        out.utc_offset.clear();
    }
}

void ReadPublications(Reader& r, const json& root, Profile& p) {
    r.ObjectList(root, "publications", "$", [&](const json& item, const std::string& path) {
        Publication pub;
        if (!r.String(item, "name", path, pub.name, true)) {
            r.Error(path, "publication skipped: it has no title (\"name\")");
            return;
        }
        r.String(item, "id", path, pub.id);
        r.String(item, "publisher", path, pub.publisher);
        r.EnumField(item, "venueKind", path, kVenueKinds, pub.venue_kind);
        r.DateField(item, "releaseDate", path, pub.release_date);
        r.Url(item, "url", path, pub.url);
        r.Markup(item, "summary", path, pub.summary);
        r.String(item, "bibtex", path, pub.bibtex);
        r.List(item, "authors", path, [&](const json& a, const std::string& ap) {
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

void ReadProjects(Reader& r, const json& root, Profile& p) {
    r.ObjectList(root, "projects", "$", [&](const json& item, const std::string& path) {
        Project proj;
        if (!r.String(item, "name", path, proj.name, true)) {
            r.Error(path, "project skipped: it has no \"name\"");
            return;
        }
        r.String(item, "id", path, proj.id);
        r.Markup(item, "description", path, proj.description);
        r.MarkupList(item, "highlights", path, proj.highlights);
        r.Strings(item, "keywords", path, proj.keywords);
        r.Strings(item, "roles", path, proj.roles);
        r.DateRange(item, path, proj.start_date, proj.end_date);
        r.Url(item, "url", path, proj.url);
        r.String(item, "entity", path, proj.entity);
        r.String(item, "type", path, proj.type);
        r.Links(item, "links", path, proj.links);
        r.Color(item, "color", path, proj.color);
        r.String(item, "image", path, proj.image);
        if (const json* stars = Reader::Member(item, "stars"); stars && stars->is_number_unsigned())
            proj.stars = std::to_string(stars->get<unsigned long long>());  // "stars": 38000 is fine too
        else
            r.String(item, "stars", path, proj.stars);
        p.projects.push_back(std::move(proj));
    });
}

void ReadWork(Reader& r, const json& root, Profile& p) {
    r.ObjectList(root, "work", "$", [&](const json& item, const std::string& path) {
        Work w;
        if (!r.String(item, "name", path, w.name, true)) {
            r.Error(path, "work entry skipped: it has no organisation (\"name\")");
            return;
        }
        r.String(item, "position", path, w.position);
        r.Url(item, "url", path, w.url);
        r.String(item, "location", path, w.location);
        r.DateRange(item, path, w.start_date, w.end_date);
        r.Markup(item, "summary", path, w.summary);
        r.MarkupList(item, "highlights", path, w.highlights);
        r.People(item, "hosts", path, w.hosts);
        r.Strings(item, "features", path, w.features);
        p.work.push_back(std::move(w));
    });
}

void ReadEducation(Reader& r, const json& root, Profile& p) {
    r.ObjectList(root, "education", "$", [&](const json& item, const std::string& path) {
        Education e;
        if (!r.String(item, "institution", path, e.institution, true)) {
            r.Error(path, "education entry skipped: it has no \"institution\"");
            return;
        }
        r.Url(item, "url", path, e.url);
        r.String(item, "area", path, e.area);
        r.String(item, "studyType", path, e.study_type);
        r.DateRange(item, path, e.start_date, e.end_date);
        r.String(item, "score", path, e.score);
        r.Strings(item, "courses", path, e.courses);
        r.People(item, "supervisors", path, e.supervisors);
        r.String(item, "location", path, e.location);
        p.education.push_back(std::move(e));
    });
}

void ReadRest(Reader& r, const json& root, Profile& p) {
    r.Strings(root, "aliases", "$", p.aliases);
    r.ObjectList(root, "topics", "$", [&](const json& item, const std::string& path) {
        Topic t;
        if (!r.String(item, "id", path, t.id, true)) return;
        r.String(item, "name", path, t.name);
        if (t.name.empty()) t.name = t.id;
        r.Color(item, "color", path, t.color);
        p.topics.push_back(std::move(t));
    });
    r.ObjectList(root, "interests", "$", [&](const json& item, const std::string& path) {
        Interest in;
        if (!r.String(item, "name", path, in.name, true)) return;
        r.Strings(item, "keywords", path, in.keywords);
        r.String(item, "topic", path, in.topic);
        p.interests.push_back(std::move(in));
    });
    r.ObjectList(root, "availability", "$", [&](const json& item, const std::string& path) {
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
    r.ObjectList(root, "sections", "$", [&](const json& item, const std::string& path) {
        Section s;
        r.String(item, "id", path, s.id);
        r.String(item, "title", path, s.title);
        if (!r.String(item, "body", path, s.body, true)) return;
        p.sections.push_back(std::move(s));
    });
}

// Checks that need the whole profile: ids, references between sections, date order, owner marks.
void CrossCheck(Reader& r, Profile& p) {
    auto unique_id = [](std::set<std::string>& used, std::string id) {
        std::string candidate = id.empty() ? "item" : id;
        for (int n = 2; used.count(candidate); ++n) candidate = id + "-" + std::to_string(n);
        used.insert(candidate);
        return candidate;
    };
    std::set<std::string> project_ids;
    for (std::size_t i = 0; i < p.projects.size(); ++i) {
        Project& proj = p.projects[i];
        const std::string wanted = proj.id.empty() ? Slugify(proj.name) : proj.id;
        if (!proj.id.empty() && project_ids.count(proj.id))
            r.Warn(PathKey(PathIndex("$.projects", i), "id"), "duplicate project id \"" + proj.id + "\"; renamed");
        proj.id = unique_id(project_ids, wanted);
    }
    std::set<std::string> topic_ids;
    for (const Topic& t : p.topics) topic_ids.insert(t.id);
    std::set<std::string> pub_ids;
    for (std::size_t i = 0; i < p.publications.size(); ++i) {
        Publication& pub = p.publications[i];
        const std::string path = PathIndex("$.publications", i);
        const std::string wanted = pub.id.empty() ? Slugify(pub.name) : pub.id;
        if (!pub.id.empty() && pub_ids.count(pub.id))
            r.Warn(PathKey(path, "id"), "duplicate publication id \"" + pub.id + "\"; renamed");
        pub.id = unique_id(pub_ids, wanted);
        for (std::size_t k = 0; k < pub.topics.size(); ++k) {
            if (topic_ids.insert(pub.topics[k]).second) {
                r.Warn(PathIndex(PathKey(path, "topics"), k),
                       "topic \"" + pub.topics[k] + "\" is not declared in $.topics; it is shown with its id as name");
                p.topics.push_back(Topic{pub.topics[k], pub.topics[k], ""});
            }
        }
        for (std::size_t k = 0; k < pub.projects.size(); ++k)
            if (!project_ids.count(pub.projects[k]))
                r.Warn(PathIndex(PathKey(path, "projects"), k), "no project has id \"" + pub.projects[k] + "\"");
        for (Author& a : pub.authors) {
            a.is_owner = SameName(a.name, p.basics.name) ||
                         std::any_of(p.aliases.begin(), p.aliases.end(), [&](const std::string& al) { return SameName(a.name, al); });
        }
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

std::size_t LoadResult::ErrorCount() const {
    return static_cast<std::size_t>(std::count_if(diagnostics.begin(), diagnostics.end(),
                                                  [](const Diagnostic& d) { return d.severity == Severity::Error; }));
}

LoadResult LoadProfileFromText(std::string_view text, std::string_view file, const LoadLimits& limits) {
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
    if (const DepthCheck depth = CheckNestingDepth(text, limits.max_depth); depth.depth > limits.max_depth)
        return fail_at(depth.offset, "nesting deeper than " + std::to_string(limits.max_depth) +
                                         " levels of lists/objects; a profile needs only a few");

    if (text.substr(0, 2) == "\xFF\xFE" || text.substr(0, 2) == "\xFE\xFF")
        return fail_at(0, "the file is UTF-16 text (it starts with a UTF-16 byte order mark): save it as UTF-8");
    if (const std::size_t nul = text.find('\0'); nul != std::string_view::npos)
        return fail_at(nul, "the file holds a NUL byte here: it is not a JSON text file (was a binary file dropped?)");

    json root;
    CapturingSax sax(root);
    const bool ok = json::sax_parse(text.begin(), text.end(), &sax, nlohmann::detail::input_format_t::json, true);
    if (!ok || sax.failed) {
        const std::size_t at = ErrorOffset(text, sax.error_offset, sax.error_message);
        std::string message = CleanParseMessage(sax.error_message);
        if (at < text.size() && text[at] == '/' && at + 1 < text.size() && (text[at + 1] == '/' || text[at + 1] == '*'))
            message += " (JSON has no comments: remove the // or /* */ comment)";
        return fail_at(at, std::move(message));
    }
    if (!root.is_object())
        return fail_at(text.size() - Trim(text).size() > 0 ? text.find_first_not_of(" \t\r\n") : 0,
                       std::string("expected the profile to be a JSON object, found ") + TypeName(root));
    result.document_ok = true;

    Reader reader(limits, result.diagnostics);
    for (const auto& [path, key] : sax.duplicates)
        reader.Warn(PathKey(path, key), "the key \"" + EscapeInvalidUtf8(TruncateUtf8(key, 60)) +
                                            "\" is given more than once in this object; the last value is used");
    ReadBasics(reader, root, result.profile);
    ReadRest(reader, root, result.profile);
    ReadPublications(reader, root, result.profile);
    ReadProjects(reader, root, result.profile);
    ReadWork(reader, root, result.profile);
    ReadEducation(reader, root, result.profile);
    CrossCheck(reader, result.profile);
    AttachPositions(text, result.diagnostics);
    std::stable_sort(result.diagnostics.begin(), result.diagnostics.end(), [](const Diagnostic& a, const Diagnostic& b) {
        return a.line != b.line ? a.line < b.line : a.column < b.column;
    });
    for (Diagnostic& d : result.diagnostics) d.file = result.file;
    return result;
}

LoadResult LoadProfileFromFile(const std::string& path, const LoadLimits& limits) {
    // stdio rather than iostreams: the same behaviour, and no locale machinery in the web download.
    std::FILE* file = std::fopen(path.c_str(), "rb");
    if (!file) {
        LoadResult result;
        result.file = path;
        result.diagnostics.push_back(Diagnostic{Severity::Error, "$", 0, 0, "cannot open profile file \"" + path + "\"", path});
        return result;
    }
    std::string text;
    char buffer[1 << 16];
    while (const std::size_t n = std::fread(buffer, 1, sizeof buffer, file)) {
        text.append(buffer, n);
        if (text.size() > limits.max_bytes) break;  // LoadProfileFromText reports the size
    }
    std::fclose(file);
    LoadResult result = LoadProfileFromText(text, path, limits);
    const std::size_t slash = path.find_last_of("/\\");
    LoadProfileImages(result, text, slash == std::string::npos ? std::string(".") : path.substr(0, slash == 0 ? 1 : slash));
    return result;
}

}  // namespace portfolio
