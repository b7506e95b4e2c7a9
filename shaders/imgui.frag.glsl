// Dear ImGui's fragments: the vertex colour times the bound texture (an image's RGBA, or the font
// atlas's coverage: one channel, R8, AlphaTexture 1).
precision mediump float;
uniform sampler2D Texture;
uniform float AlphaTexture;
in vec2 Frag_UV;
in vec4 Frag_Color;
layout(location = 0) out vec4 Out_Color;
void main() {
    vec4 t = texture(Texture, Frag_UV.st);
    Out_Color = Frag_Color * mix(t, vec4(1.0, 1.0, 1.0, t.r), AlphaTexture);
}
