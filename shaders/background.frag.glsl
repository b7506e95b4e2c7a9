// The page background: the base colour with two soft glows that drift slowly, plus a faint grain
// that hides gradient banding. u_time stands still when the visitor asks for reduced motion.
uniform vec2 u_resolution;
uniform vec3 u_base;
uniform vec3 u_tint_a;
uniform vec3 u_tint_b;
uniform float u_strength;
uniform float u_time;
uniform float u_scroll;
in vec2 v_uv;
out vec4 frag_color;

float glow(vec2 p, vec2 center, float radius) {
    float d = length(p - center) / radius;
    return exp(-d * d);
}

void main() {
    vec2 px = vec2(v_uv.x, 1.0 - v_uv.y) * u_resolution;           // top-left origin, pixels
    float aspect = u_resolution.x / max(u_resolution.y, 1.0);
    vec2 p = vec2(px.x / u_resolution.x * aspect, (px.y + u_scroll * 0.15) / u_resolution.y);
    float t = u_time * 0.05;
    vec2 ca = vec2(aspect * (0.18 + 0.06 * sin(t * 1.3)), 0.10 + 0.05 * cos(t));
    vec2 cb = vec2(aspect * (0.86 + 0.05 * cos(t * 0.9)), 0.32 + 0.06 * sin(t * 1.1));
    float ga = glow(p, ca, 0.55);
    float gb = glow(p, cb, 0.45);
    vec3 color = u_base;
    color = mix(color, u_tint_a, ga * u_strength);
    color = mix(color, u_tint_b, gb * u_strength * 0.8);
    float grain = fract(sin(dot(px, vec2(12.9898, 78.233))) * 43758.5453) - 0.5;
    color += grain / 255.0;
    frag_color = vec4(color, 1.0);
}
