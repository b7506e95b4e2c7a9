// Shader programs from the GLSL files in shaders/, compiled with the right #version for the target.
#include "gfx/shader.h"

#include "gfx/gl.h"

namespace portfolio::gfx {
namespace {

GLuint Compile(GLenum type, const char* file, std::string& error) {
    const char* body = FindShaderSource(file);
    if (!body) {
        error = std::string("no embedded shader named ") + file;
        return 0;
    }
    const char* sources[2] = {PORTFOLIO_GLSL_VERSION, body};
    const GLuint shader = glCreateShader(type);
    glShaderSource(shader, 2, sources, nullptr);
    glCompileShader(shader);
    GLint ok = 0;
    glGetShaderiv(shader, GL_COMPILE_STATUS, &ok);
    if (!ok) {
        char log[1024] = "";
        glGetShaderInfoLog(shader, sizeof log, nullptr, log);
        error = std::string(file) + ": " + log;
        glDeleteShader(shader);
        return 0;
    }
    return shader;
}

}  // namespace

unsigned CompileProgram(const char* vertex_file, const char* fragment_file, std::string& error) {
    const GLuint vs = Compile(GL_VERTEX_SHADER, vertex_file, error);
    if (!vs) return 0;
    const GLuint fs = Compile(GL_FRAGMENT_SHADER, fragment_file, error);
    if (!fs) {
        glDeleteShader(vs);
        return 0;
    }
    const GLuint program = glCreateProgram();
    glAttachShader(program, vs);
    glAttachShader(program, fs);
    glLinkProgram(program);
    glDeleteShader(vs);
    glDeleteShader(fs);
    GLint ok = 0;
    glGetProgramiv(program, GL_LINK_STATUS, &ok);
    if (!ok) {
        char log[1024] = "";
        glGetProgramInfoLog(program, sizeof log, nullptr, log);
        error = std::string("link ") + vertex_file + "+" + fragment_file + ": " + log;
        glDeleteProgram(program);
        return 0;
    }
    return program;
}

}  // namespace portfolio::gfx
