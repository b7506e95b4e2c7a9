// BibTeX import: a .bib text read into Publications. One pass over the bytes with an explicit position;
// no recursion (braces are counted, macros are expanded where they are defined), so no input can make
// it loop, overflow the stack or throw.
#include "core/bibtex_parse.h"

#include <algorithm>
#include <initializer_list>
#include <map>
#include <set>
#include <utility>

#include "core/dates.h"
#include "core/links.h"
#include "core/text.h"

namespace portfolio {
namespace {

// ---- LaTeX to UTF-8 -------------------------------------------------------------------------------

// Precomposed letters for the accents BibTeX files use; every output is a 2-byte UTF-8 sequence, the
// i-th one for the i-th base letter.
struct Accent {
    const char* command;  // "\"" or "c"
    const char* bases;
    const char* letters;
};
constexpr Accent kAccents[] = {
    {"\"", "aeiouyAEIOUY", "äëïöüÿÄËÏÖÜŸ"},
    {"'", "aeiouyAEIOUYcnszlrCNSZLR", "áéíóúýÁÉÍÓÚÝćńśźĺŕĆŃŚŹĹŔ"},
    {"`", "aeiouAEIOU", "àèìòùÀÈÌÒÙ"},
    {"^", "aeiouAEIOUcgshjwyCGSHJWY", "âêîôûÂÊÎÔÛĉĝŝĥĵŵŷĈĜŜĤĴŴŶ"},
    {"~", "anoANOiuIU", "ãñõÃÑÕĩũĨŨ"},
    {"=", "aeiouAEIOU", "āēīōūĀĒĪŌŪ"},
    {".", "zZeEIcCgG", "żŻėĖİċĊġĠ"},
    {"c", "cCsStTgGkKlLnNrR", "çÇşŞţŢģĢķĶļĻņŅŗŖ"},
    {"v", "csznrdteCSZNRDTEl", "čšžňřďťěČŠŽŇŘĎŤĚľ"},
    {"u", "aAgGuUeEiIoO", "ăĂğĞŭŬĕĔĭĬŏŎ"},
    {"H", "oOuU", "őŐűŰ"},
    {"k", "aAeEiIuU", "ąĄęĘįĮųŲ"},
    {"r", "aAuU", "åÅůŮ"},
};

// Commands that are letters on their own (\ss, \o), and a few common text commands.
constexpr std::pair<const char*, const char*> kLetters[] = {
    {"aa", "å"}, {"AA", "Å"}, {"o", "ø"},  {"O", "Ø"},  {"ss", "ß"},         {"ae", "æ"},          {"AE", "Æ"},
    {"oe", "œ"}, {"OE", "Œ"}, {"l", "ł"},  {"L", "Ł"},  {"i", "ı"},          {"j", "ȷ"},           {"dh", "ð"},
    {"DH", "Ð"}, {"th", "þ"}, {"TH", "Þ"}, {"ng", "ŋ"}, {"textendash", "–"}, {"textemdash", "—"}, {"ldots", "…"},
    {"dots", "…"}, {"textquoteright", "’"}, {"textquoteleft", "‘"}, {"textregistered", "®"}, {"texttrademark", "™"},
    {"copyright", "©"}, {"S", "§"}, {"P", "¶"}, {"pounds", "£"}, {"euro", "€"},
};

const Accent* FindAccent(std::string_view command) {
    for (const Accent& a : kAccents)
        if (command == a.command) return &a;
    return nullptr;
}

// The precomposed letter, or the base alone when the pair is not in the table (readable, if unaccented).
std::string Accented(const Accent& accent, char base) {
    const std::string_view bases(accent.bases);
    const std::size_t k = bases.find(base);
    if (k == std::string_view::npos) return std::string(1, base);
    return std::string(std::string_view(accent.letters).substr(2 * k, 2));
}

bool IsLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

// Reads a command name after a backslash at s[i]: a run of letters, or one other character.
std::string_view CommandName(std::string_view s, std::size_t& i) {
    const std::size_t start = i;
    if (i < s.size() && IsLetter(s[i])) {
        while (i < s.size() && IsLetter(s[i])) ++i;
    } else if (i < s.size()) {
        i += std::max<std::size_t>(1, Utf8SequenceLength(s, i));  // "\é" is dropped whole, not cut inside its bytes
    }
    return s.substr(start, i - start);
}

// The letter an accent applies to: "u", "{u}", "{\i}", "\i" or " u" after a letter-named accent.
// Appends the accented letter and leaves i after the argument.
void AppendAccented(const Accent& accent, std::string_view s, std::size_t& i, std::string& out) {
    while (i < s.size() && s[i] == ' ' && IsLetter(accent.command[0])) ++i;
    const bool group = i < s.size() && s[i] == '{';
    if (group) ++i;
    char base = 0;
    if (i + 1 < s.size() && s[i] == '\\' && (s[i + 1] == 'i' || s[i + 1] == 'j') && (i + 2 >= s.size() || !IsLetter(s[i + 2]))) {
        base = s[i + 1];  // dotless i/j under an accent is the plain letter
        i += 2;
    } else if (i < s.size() && IsLetter(s[i])) {
        base = s[i++];
    }
    if (base) out += Accented(accent, base);
    if (group && i < s.size() && s[i] == '}') ++i;  // "{\"u}"'s inner group ends here; a longer one's rest is read as text
}

void AppendCommand(std::string_view s, std::size_t& i, std::string& out) {
    const std::string_view name = CommandName(s, i);
    if (name.empty()) return;  // a lone backslash at the end
    if (const Accent* accent = FindAccent(name)) {
        AppendAccented(*accent, s, i, out);
        return;
    }
    if (name.size() == 1 && !IsLetter(name[0])) {
        // \& \% \$ \# \_ \{ \} are the character; "\ ", "\\" and \, are spaces.
        if (std::string_view("&%$#_{}").find(name[0]) != std::string_view::npos) out += name[0];
        else if (name[0] == ' ' || name[0] == '\\' || name[0] == ',' || name[0] == ';' || name[0] == '\n') out += ' ';
        return;
    }
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;  // TeX eats the spaces after a command word
    for (const auto& [command, letter] : kLetters)
        if (name == command) {
            out += letter;
            if (i + 1 < s.size() && s[i] == '{' && s[i + 1] == '}') i += 2;  // "\o{}" and "\ss{}"
            return;
        }
    // Unknown (\textbf, \emph, \url): its name goes, its argument's text stays.
}

// Collapses runs of whitespace to one space and trims; drops other control characters.
std::string CollapseSpace(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (char c : s) {
        if (IsSpace(c)) {
            if (!out.empty() && out.back() != ' ') out += ' ';
        } else if (static_cast<unsigned char>(c) >= 0x20 && c != 0x7F) {
            out += c;
        }
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

// ---- Names ----------------------------------------------------------------------------------------

bool EqualsIgnoreCase(std::string_view a, std::string_view b) { return AsciiLower(a) == AsciiLower(b); }

// Splits s at `sep` (or at whitespace when sep is ' ') at brace depth 0, dropping empty parts.
std::vector<std::string_view> SplitTopLevel(std::string_view s, char sep) {
    std::vector<std::string_view> parts;
    int depth = 0;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= s.size(); ++i) {
        const bool end = i == s.size();
        const char c = end ? '\0' : s[i];
        if (c == '{') ++depth;
        if (c == '}' && depth > 0) --depth;
        if (end || (depth == 0 && (sep == ' ' ? IsSpace(c) : c == sep))) {
            const std::string_view part = Trim(s.substr(start, i - start));
            if (!part.empty()) parts.push_back(part);
            start = i + 1;
        }
        if (c == '\\' && i + 1 < s.size()) ++i;  // \{ is no brace
    }
    return parts;
}

// Splits an author field on the word "and" (any case) between spaces at brace depth 0.
std::vector<std::string_view> SplitOnAnd(std::string_view s) {
    std::vector<std::string_view> names;
    int depth = 0;
    std::size_t start = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '\\' && i + 1 < s.size()) { ++i; continue; }
        if (s[i] == '{') ++depth;
        else if (s[i] == '}' && depth > 0) --depth;
        else if (depth == 0 && IsSpace(s[i]) && i + 4 < s.size() && EqualsIgnoreCase(s.substr(i + 1, 3), "and") &&
                 IsSpace(s[i + 4])) {
            names.push_back(Trim(s.substr(start, i - start)));
            i += 4;
            start = i;
        }
    }
    names.push_back(Trim(s.substr(start)));
    return names;
}

// "Last, First", "Last, Jr, First" or "First von Last" -> "First von Last Jr", as UTF-8.
std::string NormaliseName(std::string_view name) {
    const std::vector<std::string_view> parts = SplitTopLevel(name, ',');
    std::string ordered;
    if (parts.size() == 2) ordered = std::string(parts[1]) + " " + std::string(parts[0]);
    else if (parts.size() >= 3) ordered = std::string(parts[2]) + " " + std::string(parts[0]) + " " + std::string(parts[1]);
    else ordered = std::string(name);
    return LatexToUtf8(ordered);
}

// ---- Months, years --------------------------------------------------------------------------------

constexpr const char* kMonths[] = {"january", "february", "march",     "april",   "may",      "june",
                                   "july",    "august",   "september", "october", "november", "december"};

int ParseMonth(std::string_view text) {
    const std::string t = AsciiLower(Trim(text));
    if (t.empty()) return 0;
    if (t.size() <= 2 && std::all_of(t.begin(), t.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        const int m = t.size() == 1 ? t[0] - '0' : (t[0] - '0') * 10 + (t[1] - '0');
        return m >= 1 && m <= 12 ? m : -1;
    }
    const std::string word = t.back() == '.' ? t.substr(0, t.size() - 1) : t;
    for (int m = 0; m < 12; ++m)
        if (word.size() >= 3 && std::string_view(kMonths[m]).substr(0, word.size()) == word) return m + 1;
    return -1;
}

// A year of four digits ("2021", "2021a" of some styles); 0 when there is none.
int ParseYear(std::string_view text) {
    const std::string_view t = Trim(text);
    if (t.size() < 4 || !std::all_of(t.begin(), t.begin() + 4, [](char c) { return c >= '0' && c <= '9'; })) return 0;
    if (t.size() > 4 && t[4] >= '0' && t[4] <= '9') return 0;
    return (t[0] - '0') * 1000 + (t[1] - '0') * 100 + (t[2] - '0') * 10 + (t[3] - '0');
}

// ---- Raw entries ----------------------------------------------------------------------------------

struct Field {
    std::string name;   // lowercase
    std::string value;  // macros expanded, braces as written
    std::size_t offset = 0;
};

// Real entries have a dozen or two; the cap keeps the duplicate check (a scan) cheap on any input.
constexpr std::size_t kMaxFields = 200;

struct RawEntry {
    std::string type;  // lowercase
    std::string key;
    std::size_t start = 0, end = 0;  // the entry's bytes, '@' to the closing delimiter
    std::vector<Field> fields;
    bool fields_cut = false;  // more than kMaxFields were given
    const Field* Find(std::string_view name) const {
        for (const Field& f : fields)
            if (f.name == name) return &f;
        return nullptr;
    }
};

// Where something failed: the offset to report and what to say.
struct Failure {
    std::size_t offset = 0;
    std::string message;
};

// Lines and columns of offsets, from a table of line starts built once.
class Positions {
public:
    explicit Positions(std::string_view text) : text_(text) {
        starts_.push_back(0);
        for (std::size_t i = 0; i < text.size(); ++i)
            if (text[i] == '\n') starts_.push_back(i + 1);
    }
    std::pair<int, int> At(std::size_t offset) const {
        offset = std::min(offset, text_.size());
        const auto it = std::upper_bound(starts_.begin(), starts_.end(), offset) - 1;
        const std::size_t column = CountCodepoints(text_.substr(*it, offset - *it)) + 1;
        return {static_cast<int>(it - starts_.begin()) + 1, static_cast<int>(column)};
    }

private:
    std::string_view text_;
    std::vector<std::size_t> starts_;
};

// Invalid UTF-8 bytes read as Latin-1 characters; valid sequences kept.
std::string Latin1ToUtf8(std::string_view s) {
    std::string out;
    out.reserve(s.size() + s.size() / 8);
    for (std::size_t i = 0; i < s.size();) {
        const std::size_t n = Utf8SequenceLength(s, i);
        if (n > 0) {
            out.append(s.substr(i, n));
            i += n;
            continue;
        }
        const auto b = static_cast<unsigned char>(s[i++]);
        out += static_cast<char>(0xC0 | (b >> 6));
        out += static_cast<char>(0x80 | (b & 0x3F));
    }
    return out;
}

}  // namespace

std::string LatexToUtf8(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size();) {
        const char c = s[i];
        if (c == '\\') {
            ++i;
            AppendCommand(s, i, out);
        } else if (c == '{' || c == '}' || c == '$') {
            ++i;  // case protection and math shifts
        } else if (c == '-' && s.substr(i, 3) == "---") {
            out += "—";
            i += 3;
        } else if (c == '-' && s.substr(i, 2) == "--") {
            out += "–";
            i += 2;
        } else if (c == '`' && s.substr(i, 2) == "``") {
            out += "“";
            i += 2;
        } else if (c == '\'' && s.substr(i, 2) == "''") {
            out += "”";
            i += 2;
        } else if (c == '~') {
            out += ' ';  // a plain space: every font has it, and wrapping at it is harmless in a title
            ++i;
        } else {
            out += c;
            ++i;
        }
    }
    return CollapseSpace(out);
}

std::vector<std::string> SplitBibtexAuthors(std::string_view field) {
    std::vector<std::string> authors;
    for (std::string_view name : SplitOnAnd(field)) {
        if (name.empty()) continue;
        if (EqualsIgnoreCase(name, "others")) {
            authors.push_back("et al.");
            continue;
        }
        std::string normal = NormaliseName(name);
        if (!normal.empty()) authors.push_back(std::move(normal));
    }
    return authors;
}

namespace {

// ---- The reader of a .bib text --------------------------------------------------------------------

class BibReader {
public:
    BibReader(std::string_view text, std::string_view file, const LoadLimits& limits, BibtexResult& out)
        : text_(text), file_(file), limits_(limits), out_(out), positions_(text) {
        static constexpr const char* kShort[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                                 "jul", "aug", "sep", "oct", "nov", "dec"};
        for (int m = 0; m < 12; ++m) {
            std::string name = kMonths[m];
            name[0] = static_cast<char>(name[0] - 'a' + 'A');
            macros_[kShort[m]] = name;
        }
    }

    void Run();

    void Report(Severity severity, std::string path, std::size_t offset, std::string message) {
        const auto [line, column] = positions_.At(offset);
        out_.diagnostics.push_back(Diagnostic{severity, std::move(path), line, column, std::move(message), std::string(file_)});
    }

private:
    bool AtEnd() const { return pos_ >= text_.size(); }
    char Peek() const { return AtEnd() ? '\0' : text_[pos_]; }
    void SkipSpace() {
        while (!AtEnd() && IsSpace(text_[pos_])) ++pos_;
    }
    // An '@' with only spaces or tabs before it on its line: where a new entry surely begins.
    bool EntryStartsLineAt(std::size_t at) const {
        if (at >= text_.size() || text_[at] != '@') return false;
        while (at > 0 && (text_[at - 1] == ' ' || text_[at - 1] == '\t')) --at;
        return at == 0 || text_[at - 1] == '\n' || text_[at - 1] == '\r';
    }
    std::size_t NextLineStartEntry(std::size_t from) const {
        for (std::size_t at = text_.find('@', from); at != std::string_view::npos; at = text_.find('@', at + 1))
            if (EntryStartsLineAt(at)) return at;
        return text_.size();
    }
    // BibTeX's identifier: printable characters other than these and whitespace.
    static bool IsNameChar(char c) {
        return !IsSpace(c) && std::string_view("\"#%'(),={}@\\").find(c) == std::string_view::npos &&
               static_cast<unsigned char>(c) > 0x20 && c != 0x7F;
    }
    std::string_view Name() {
        const std::size_t start = pos_;
        while (!AtEnd() && IsNameChar(text_[pos_])) ++pos_;
        return text_.substr(start, pos_ - start);
    }

    bool Entry(std::size_t at, Failure& failure);
    bool EntryBody(RawEntry& entry, char close, Failure& failure);
    bool SkipGroup(char close);
    bool StringMacro(char close, Failure& failure);
    bool Value(std::string_view field, std::string& out, Failure& failure);
    bool Piece(std::string_view field, std::string& out, Failure& failure);
    bool Delimited(char open, std::string& out, Failure& failure);
    bool Key(RawEntry& entry, char close, Failure& failure);
    void Publish(const RawEntry& entry);
    void ReadDate(const RawEntry& entry, Date& out);
    void ReadLinks(const RawEntry& entry, const std::string& arxiv, Publication& pub);
    bool CheckedLink(const RawEntry& entry, std::string_view field, const std::string& url, std::string& out);

    std::string_view text_;
    std::string_view file_;
    const LoadLimits& limits_;
    BibtexResult& out_;
    Positions positions_;
    std::size_t pos_ = 0;
    std::map<std::string, std::string> macros_;
    std::set<std::string> keys_;  // lowercase: BibTeX keys compare without case
    std::set<std::string> ids_;   // of the publications read so far
    std::size_t entries_ = 0;
    std::string path_ = "$";  // of the entry being read
};

void BibReader::Run() {
    while (pos_ < text_.size()) {
        const std::size_t at = text_.find('@', pos_);
        if (at == std::string_view::npos) return;
        if (entries_ >= limits_.max_items) {
            Report(Severity::Warning, "$", at, "the file has more than " + std::to_string(limits_.max_items) +
                                                   " entries; the rest is not read");
            return;
        }
        Failure failure;
        if (!Entry(at, failure)) {
            Report(Severity::Error, path_, failure.offset, failure.message + "; entry skipped");
            pos_ = NextLineStartEntry(at + 1);
        }
    }
}

// One @type{...} at `at`. False on a malformed entry (the caller reports and resumes).
bool BibReader::Entry(std::size_t at, Failure& failure) {
    pos_ = at + 1;
    SkipSpace();
    const std::string type = AsciiLower(Name());
    SkipSpace();
    const char open = Peek();
    if (type.empty() || (open != '{' && open != '(')) return true;  // an '@' in free text (an e-mail address): not an entry
    const char close = open == '{' ? '}' : ')';
    ++pos_;
    path_ = "@" + type;
    if (type == "comment" || type == "preamble") {
        if (!SkipGroup(close)) pos_ = NextLineStartEntry(at + 1);  // an open comment hides nothing that follows
        return true;
    }
    if (type == "string") return StringMacro(close, failure);
    ++entries_;
    RawEntry entry;
    entry.type = type;
    entry.start = at;
    if (!Key(entry, close, failure)) return false;
    path_ = "@" + type + "{" + EscapeInvalidUtf8(TruncateUtf8(entry.key, 80)) + "}";
    if (!EntryBody(entry, close, failure)) return false;
    entry.end = pos_;
    Publish(entry);
    return true;
}

bool BibReader::SkipGroup(char close) {
    int depth = 0;
    for (; !AtEnd(); ++pos_) {
        const char c = text_[pos_];
        if (c == '{') ++depth;
        else if (c == '}' && depth > 0) --depth;
        else if (c == close && depth == 0) {
            ++pos_;
            return true;
        }
    }
    return false;
}

bool BibReader::StringMacro(char close, Failure& failure) {
    SkipSpace();
    const std::size_t name_at = pos_;
    const std::string name = AsciiLower(Name());
    SkipSpace();
    if (name.empty() || Peek() != '=') {
        failure = {name.empty() ? name_at : pos_, name.empty() ? "@string without a macro name" : "missing '=' after @string name \"" + name + "\""};
        return false;
    }
    ++pos_;
    std::string value;
    if (!Value(name, value, failure)) return false;
    SkipSpace();
    if (Peek() != close) {
        failure = {pos_, std::string("expected '") + close + "' to end the @string definition"};
        return false;
    }
    ++pos_;
    if (macros_.size() >= limits_.max_items + 12) {
        Report(Severity::Warning, path_, name_at, "too many @string macros; \"" + name + "\" is not defined");
        return true;
    }
    macros_[name] = std::move(value);  // expanded already: a macro never refers to another at use
    return true;
}

bool BibReader::Key(RawEntry& entry, char close, Failure& failure) {
    SkipSpace();
    const std::size_t key_at = pos_;
    while (!AtEnd() && !IsSpace(Peek()) && std::string_view(",={}()\"@#").find(Peek()) == std::string_view::npos) ++pos_;
    entry.key = std::string(text_.substr(key_at, pos_ - key_at));
    SkipSpace();
    if (entry.key.empty() || Peek() == '=') {
        failure = {key_at, "@" + entry.type + " entry without a key (expected @" + entry.type + "{key, ...})"};
        return false;
    }
    if (Peek() != ',' && Peek() != close) {
        failure = {pos_, "expected ',' after the key \"" + EscapeInvalidUtf8(TruncateUtf8(entry.key, 80)) + "\""};
        return false;
    }
    if (Peek() == ',') ++pos_;
    return true;
}

bool BibReader::EntryBody(RawEntry& entry, char close, Failure& failure) {
    const auto not_closed = [&] {
        failure = {entry.start, std::string("entry is not closed: no '") + close + "' before " +
                                    (AtEnd() ? std::string("the end of the file") :
                                               "the next entry at line " + std::to_string(positions_.At(pos_).first))};
        return false;
    };
    for (;;) {
        SkipSpace();
        if (AtEnd() || EntryStartsLineAt(pos_)) return not_closed();
        if (Peek() == close) {
            ++pos_;
            return true;
        }
        if (Peek() == ',') { ++pos_; continue; }
        const std::size_t name_at = pos_;
        const std::string name = AsciiLower(Name());
        if (name.empty()) {
            failure = {pos_, std::string("expected a field name, found '") + EscapeInvalidUtf8(text_.substr(pos_, 1)) + "'"};
            return false;
        }
        SkipSpace();
        if (Peek() != '=') {
            failure = {pos_, "missing '=' after the field name \"" + name + "\""};
            return false;
        }
        ++pos_;
        Field field{name, {}, name_at};
        if (!Value(name, field.value, failure)) return false;
        SkipSpace();
        if (AtEnd() || EntryStartsLineAt(pos_)) return not_closed();
        if (Peek() != ',' && Peek() != close) {
            failure = {pos_, std::string("expected ',' or '") + close + "' after the value of \"" + name + "\""};
            return false;
        }
        if (entry.Find(name)) Report(Severity::Warning, path_, name_at, "field \"" + name + "\" is given twice; the first is used");
        else if (entry.fields.size() < kMaxFields) entry.fields.push_back(std::move(field));
        else if (!entry.fields_cut) {
            Report(Severity::Warning, path_, name_at, "more than " + std::to_string(kMaxFields) + " fields; the rest are ignored");
            entry.fields_cut = true;
        }
    }
}

// Pieces joined by '#', cut at max_string_bytes (so "@string{a = a # a}" cannot grow without bound).
bool BibReader::Value(std::string_view field, std::string& out, Failure& failure) {
    bool cut = false;
    for (;;) {
        SkipSpace();
        const std::size_t piece_at = pos_;
        std::string piece;
        if (!Piece(field, piece, failure)) return false;
        out += piece;
        if (out.size() > limits_.max_string_bytes) {
            out.resize(TruncateUtf8(out, limits_.max_string_bytes).size());
            if (!cut) Report(Severity::Warning, path_, piece_at, "the value of \"" + std::string(field) + "\" is cut to " +
                                                                     std::to_string(limits_.max_string_bytes) + " bytes");
            cut = true;
        }
        SkipSpace();
        if (Peek() != '#') return true;
        ++pos_;
    }
}

bool BibReader::Piece(std::string_view field, std::string& out, Failure& failure) {
    const char c = Peek();
    if (c == '{' || c == '"') return Delimited(c, out, failure);
    const std::size_t at = pos_;
    if (c >= '0' && c <= '9') {
        while (!AtEnd() && Peek() >= '0' && Peek() <= '9') ++pos_;
        out = std::string(text_.substr(at, pos_ - at));
        return true;
    }
    const std::string name = AsciiLower(Name());
    if (name.empty()) {
        failure = {at, "expected a value for \"" + std::string(field) + "\" ({...}, \"...\", a number or a @string name)"};
        return false;
    }
    if (const auto it = macros_.find(name); it != macros_.end()) out = it->second;
    else Report(Severity::Warning, path_, at, "unknown @string macro \"" + EscapeInvalidUtf8(TruncateUtf8(name, 40)) + "\"; read as empty");
    return true;
}

// {...} or "..." with balanced braces inside; a line starting with '@' ends it as unterminated, so one
// missing brace costs one entry, not the rest of the file.
bool BibReader::Delimited(char open, std::string& out, Failure& failure) {
    const std::size_t at = pos_++;
    int depth = open == '{' ? 1 : 0;
    for (; !AtEnd(); ++pos_) {
        const char c = text_[pos_];
        if (c == '\\' && pos_ + 1 < text_.size() && text_[pos_ + 1] != '\n') {  // \{ \} \" are text
            out += c;
            out += text_[++pos_];
            continue;
        }
        if (c == '@' && EntryStartsLineAt(pos_)) break;
        if (c == '{' && ++depth > limits_.max_depth) {
            failure = {pos_, "braces nested more than " + std::to_string(limits_.max_depth) + " deep"};
            return false;
        }
        if (c == '}') {
            if (depth == 0) {  // in "...": the string was most likely left open, and this '}' ends the entry
                failure = {at, "unterminated string: no closing '\"' before the '}' at line " + std::to_string(positions_.At(pos_).first)};
                return false;
            }
            if (--depth == 0 && open == '{') {
                ++pos_;
                return true;
            }
        }
        if (c == '"' && open == '"' && depth == 0) {
            ++pos_;
            return true;
        }
        if (out.size() <= limits_.max_string_bytes) out += c;  // Value reports the cut
    }
    failure = {at, open == '{' ? "unterminated value: the '{' here is never closed" : "unterminated string: the '\"' here is never closed"};
    return false;
}

// ---- Entry to Publication -------------------------------------------------------------------------

std::string Text(const RawEntry& entry, std::string_view name) {
    const Field* f = entry.Find(name);
    return f ? LatexToUtf8(f->value) : std::string();
}

// A URL or DOI as written: braces and the backslash of \_ \% \& \# \~ gone, nothing else changed
// (LatexToUtf8 would turn "~" and "--" into spaces and dashes).
std::string UrlText(std::string_view value) {
    std::string out;
    for (std::size_t i = 0; i < value.size(); ++i) {
        const char c = value[i];
        if (c == '{' || c == '}') continue;
        if (c == '\\' && i + 1 < value.size() && !IsLetter(value[i + 1])) continue;
        out += c;
    }
    return std::string(Trim(out));
}

std::string WithoutPrefix(std::string text, std::initializer_list<std::string_view> prefixes) {
    const std::string lower = AsciiLower(text);
    for (std::string_view p : prefixes)
        if (std::string_view(lower).substr(0, p.size()) == p) return std::string(Trim(std::string_view(text).substr(p.size())));
    return text;
}

bool ContainsIgnoreCase(std::string_view text, std::string_view word) { return AsciiLower(text).find(word) != std::string::npos; }

// The arXiv identifier: an eprint marked arXiv (or unmarked), or "arXiv:2301.00001" in a Google
// Scholar journal line.
std::string ArxivId(const RawEntry& entry) {
    const std::string prefix = AsciiLower(Text(entry, "archiveprefix") + Text(entry, "eprinttype"));
    if (const Field* eprint = entry.Find("eprint"); eprint && (prefix.empty() || prefix == "arxiv"))
        return WithoutPrefix(UrlText(eprint->value), {"arxiv:"});
    for (const char* name : {"journal", "note", "howpublished"}) {
        const std::string t = Text(entry, name);
        const std::size_t at = AsciiLower(t).find("arxiv:");
        if (at == std::string::npos) continue;
        std::size_t end = at + 6;
        while (end < t.size() && (IsLetter(t[end]) || (t[end] >= '0' && t[end] <= '9') || t[end] == '.' || t[end] == '/' || t[end] == '-')) ++end;
        if (end > at + 6) return t.substr(at + 6, end - at - 6);
    }
    return "";
}

// The venue named by the fields the type uses, else by any venue field.
std::string Venue(const RawEntry& entry, bool arxiv) {
    const std::string& t = entry.type;
    std::vector<const char*> order;
    if (t == "article") order = {"journal", "journaltitle"};
    else if (t == "inproceedings" || t == "conference" || t == "incollection") order = {"booktitle"};
    else if (t == "phdthesis" || t == "mastersthesis" || t == "thesis") order = {"school", "institution"};
    else if (t == "techreport" || t == "report") order = {"institution"};
    for (const char* name : {"journal", "journaltitle", "booktitle", "publisher", "school", "institution", "organization", "howpublished"})
        order.push_back(name);
    for (const char* name : order) {
        std::string v = Text(entry, name);
        if (!v.empty() && !(arxiv && std::string_view(name) == "howpublished")) return v;
    }
    return arxiv ? "arXiv" : "";
}

VenueKind KindOf(const RawEntry& entry, std::string_view venue, bool arxiv) {
    const std::string& t = entry.type;
    const bool preprint = arxiv || ContainsIgnoreCase(venue, "arxiv") || venue == "CoRR";
    if (t == "article") return preprint ? VenueKind::Preprint : VenueKind::Journal;
    if (t == "inproceedings" || t == "conference")
        return ContainsIgnoreCase(Text(entry, "booktitle"), "workshop") ? VenueKind::Workshop : VenueKind::Conference;
    if (t == "phdthesis" || t == "mastersthesis" || t == "thesis") return VenueKind::Thesis;
    return preprint ? VenueKind::Preprint : VenueKind::Other;
}

bool KnownType(std::string_view t) {
    for (const char* k : {"article", "inproceedings", "conference", "misc", "online", "phdthesis", "mastersthesis", "thesis",
                          "book", "incollection", "inbook", "techreport", "report", "unpublished"})
        if (t == k) return true;
    return false;
}

void BibReader::Publish(const RawEntry& entry) {
    const std::string title = Text(entry, "title");
    if (title.empty()) {
        Report(Severity::Error, path_, entry.start, "entry has no title; skipped");
        return;
    }
    Publication pub;
    pub.name = title;
    pub.bibtex = std::string(text_.substr(entry.start, entry.end - entry.start));
    if (!KnownType(entry.type))
        Report(Severity::Warning, path_, entry.start, "unknown entry type @" + entry.type + "; read as \"other\"");
    // Keys compare without case in BibTeX; a repeated one keeps both entries under distinct ids. Ids are
    // slugs, so two keys may also meet there ("a_b", "a-b"): they get a number as well.
    std::string id = Slugify(entry.key);
    if (id.empty()) id = Slugify(title);
    if (id.empty()) id = "entry";
    const std::string base = id;
    for (int n = 2; ids_.count(id); ++n) id = base + "-" + std::to_string(n);
    ids_.insert(id);
    if (!keys_.insert(AsciiLower(entry.key)).second)
        Report(Severity::Warning, path_, entry.start, "duplicate key \"" + EscapeInvalidUtf8(TruncateUtf8(entry.key, 80)) +
                                                           "\"; this entry is read with id \"" + id + "\"");
    pub.id = id;
    if (const Field* authors = entry.Find("author")) {
        std::vector<std::string> names = SplitBibtexAuthors(authors->value);
        if (names.size() > limits_.max_items) {
            Report(Severity::Warning, path_, authors->offset, "the entry names " + std::to_string(names.size()) + " authors; only the first " +
                                                                  std::to_string(limits_.max_items) + " are read");
            names.resize(limits_.max_items);
        }
        for (std::string& name : names) pub.authors.push_back(Author{std::move(name), false, false});
    }
    const std::string arxiv = ArxivId(entry);
    pub.publisher = Venue(entry, !arxiv.empty());
    pub.venue_kind = KindOf(entry, pub.publisher, !arxiv.empty());
    ReadDate(entry, pub.release_date);
    pub.summary = Text(entry, "abstract");
    if (const Field* keywords = entry.Find("keywords"))
        for (std::string_view k : SplitTopLevel(keywords->value, ','))
            for (std::string_view word : SplitTopLevel(k, ';'))
                if (std::string tag = LatexToUtf8(word); !tag.empty()) pub.tags.push_back(std::move(tag));
    ReadLinks(entry, arxiv, pub);
    out_.publications.push_back(std::move(pub));
}

// year + month (a number, a name or a macro), or BibLaTeX's date = {2021-05-03}.
void BibReader::ReadDate(const RawEntry& entry, Date& out) {
    const Field* year = entry.Find("year");
    if (!year) {
        if (const Field* date = entry.Find("date")) {
            const std::string t = Text(entry, "date");
            if (const auto d = ParseDate(std::string_view(t).substr(0, std::min<std::size_t>(t.find('/'), 10)))) out = *d;
            else Report(Severity::Warning, path_, date->offset, "date \"" + EscapeInvalidUtf8(TruncateUtf8(t, 40)) + "\" is not YYYY, YYYY-MM or YYYY-MM-DD; left out");
        }
        return;
    }
    const std::string y = Text(entry, "year");
    out.year = ParseYear(y);
    if (out.year == 0) {
        Report(Severity::Warning, path_, year->offset, "year \"" + EscapeInvalidUtf8(TruncateUtf8(y, 40)) + "\" is not a year; the date is left out");
        return;
    }
    if (const Field* month = entry.Find("month")) {
        const int m = ParseMonth(Text(entry, "month"));
        if (m > 0) out.month = m;
        else Report(Severity::Warning, path_, month->offset, "month \"" + EscapeInvalidUtf8(TruncateUtf8(Text(entry, "month"), 40)) + "\" is not a month; only the year is kept");
    }
}

// True with the checked URL in `out`; a refused one is reported at its field.
bool BibReader::CheckedLink(const RawEntry& entry, std::string_view field, const std::string& url, std::string& out) {
    const CheckedUrl checked = CheckUrl(url);
    if (checked.verdict == UrlVerdict::Empty) return false;
    if (!checked.ok()) {
        const Field* f = entry.Find(field);
        Report(Severity::Warning, path_, f ? f->offset : entry.start, std::string(field) + ": " + DescribeUrlProblem(checked) + ": \"" +
                                                                      EscapeInvalidUtf8(TruncateUtf8(url, 80)) + "\"; link ignored");
        return false;
    }
    out = checked.url;
    return true;
}

void BibReader::ReadLinks(const RawEntry& entry, const std::string& arxiv, Publication& pub) {
    std::string url;
    if (const Field* f = entry.Find("url"); f && CheckedLink(entry, "url", UrlText(f->value), url)) pub.url = url;
    if (const Field* f = entry.Find("doi")) {
        const std::string doi = WithoutPrefix(UrlText(f->value), {"https://doi.org/", "http://doi.org/", "https://dx.doi.org/",
                                                                 "http://dx.doi.org/", "doi:"});
        if (!doi.empty() && CheckedLink(entry, "doi", "https://doi.org/" + doi, url)) pub.links.push_back(Link{"doi", url, ""});
    }
    if (!arxiv.empty() && CheckedLink(entry, "eprint", "https://arxiv.org/abs/" + arxiv, url)) {
        pub.links.push_back(Link{"arxiv", url, ""});
        if (pub.url.empty()) pub.url = url;
    }
    if (const Field* f = entry.Find("pdf"); f && CheckedLink(entry, "pdf", UrlText(f->value), url)) pub.links.push_back(Link{"pdf", url, ""});
    if (pub.url.empty() && !pub.links.empty()) pub.url = pub.links.front().url;  // the DOI, when nothing better is given
}

}  // namespace

BibtexResult ParseBibtex(std::string_view text, std::string_view file, const LoadLimits& limits) {
    BibtexResult result;
    if (text.size() > limits.max_bytes) {
        result.diagnostics.push_back(Diagnostic{Severity::Error, "$", 0, 0, "bibliography is " + std::to_string(text.size()) +
                                                " bytes; the limit is " + std::to_string(limits.max_bytes) + " bytes", std::string(file)});
        return result;
    }
    if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
    // Older .bib files are often Latin-1: its bytes are read as the characters they mean there. Lines
    // and columns stay as they were (one byte was one character, and is one code point).
    std::string recoded;
    if (!IsValidUtf8(text)) {
        recoded = Latin1ToUtf8(text);
        text = recoded;
    }
    BibReader reader(text, file, limits, result);
    if (!recoded.empty()) reader.Report(Severity::Warning, "$", 0, "the file is not UTF-8; bytes that are not were read as Latin-1");
    reader.Run();
    return result;
}

}  // namespace portfolio
