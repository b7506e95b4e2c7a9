// The avatar disc behind the monogram: a diagonal gradient between two colours, lit softly from the
// top left, with a faint inner rim and an antialiased edge.
uniform vec3 u_center;   // x, y, radius in framebuffer pixels (top-left origin)
uniform vec4 u_color_a;
uniform vec4 u_color_b;
in vec2 v_px;
out vec4 frag_color;

void main() {
    vec2 p = (v_px - u_center.xy) / u_center.z;  // -1..1 across the disc
    float r = length(p);
    float edge = 1.0 - smoothstep(1.0 - 1.5 / u_center.z, 1.0, r);
    float t = clamp((p.x + p.y) * 0.35 + 0.5, 0.0, 1.0);
    vec3 color = mix(u_color_a.rgb, u_color_b.rgb, t);
    float light = 1.0 - length(p - vec2(-0.45, -0.5)) * 0.35;
    color *= mix(0.92, 1.12, clamp(light, 0.0, 1.0));
    color = mix(color, vec3(1.0), smoothstep(0.86, 0.98, r) * 0.10);  // inner rim
    frag_color = vec4(color, edge);
}
