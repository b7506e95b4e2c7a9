// Shader programs from the GLSL files in shaders/, compiled with the right #version for the target.
#include "gfx/shader.h"

#include "gfx/gl.h"

namespace portfolio::gfx {
namespace {

GLuint StartShader(GLenum type, const char* file, std::string& error) {
    const char* body = FindShaderSource(file);
    if (!body) {
        error = std::string("no embedded shader named ") + file;
        return 0;
    }
    const char* sources[2] = {PORTFOLIO_GLSL_VERSION, body};
    const GLuint shader = glCreateShader(type);
    glShaderSource(shader, 2, sources, nullptr);
    glCompileShader(shader);
    return shader;
}

// The compiler's log when the shader did not compile, else "".
std::string CompileLog(GLuint shader, const char* file) {
    GLint ok = 0;
    glGetShaderiv(shader, GL_COMPILE_STATUS, &ok);
    if (ok) return "";
    char log[1024] = "";
    glGetShaderInfoLog(shader, sizeof log, nullptr, log);
    return std::string(file) + ": " + log;
}

}  // namespace

bool ShaderProgram::Start(const char* vertex_file, const char* fragment_file, std::string& error) {
    Delete();
    vertex_file_ = vertex_file;
    fragment_file_ = fragment_file;
    vertex_ = StartShader(GL_VERTEX_SHADER, vertex_file, error);
    if (vertex_) fragment_ = StartShader(GL_FRAGMENT_SHADER, fragment_file, error);
    if (!vertex_ || !fragment_) {
        DeleteShaders();
        return false;
    }
    program_ = glCreateProgram();
    glAttachShader(program_, vertex_);
    glAttachShader(program_, fragment_);
    glLinkProgram(program_);
    return true;
}

bool ShaderProgram::Finish(std::string& error) {
    if (!program_) return false;
    if (!vertex_) return true;  // finished before
    GLint ok = 0;
    glGetProgramiv(program_, GL_LINK_STATUS, &ok);
    if (!ok) {
        error = CompileLog(vertex_, vertex_file_);
        if (error.empty()) error = CompileLog(fragment_, fragment_file_);
        if (error.empty()) {
            char log[1024] = "";
            glGetProgramInfoLog(program_, sizeof log, nullptr, log);
            error = std::string("link ") + vertex_file_ + "+" + fragment_file_ + ": " + log;
        }
        glDeleteProgram(program_);
        program_ = 0;
    }
    DeleteShaders();
    return ok != 0;
}

void ShaderProgram::DeleteShaders() {
    if (vertex_) glDeleteShader(vertex_);
    if (fragment_) glDeleteShader(fragment_);
    vertex_ = fragment_ = 0;
}

void ShaderProgram::Delete() {
    DeleteShaders();
    if (program_) glDeleteProgram(program_);
    program_ = 0;
}

}  // namespace portfolio::gfx
