// A soft shadow under a card: the rounded box's signed distance, blurred with a smooth falloff
// (an erf-like curve), so the shadow fades evenly at every corner instead of in visible steps.
uniform vec4 u_box;     // the shadow's box (x0, y0, x1, y1), already offset downwards
uniform vec2 u_params;  // corner radius, blur sigma (pixels)
uniform vec4 u_color;   // straight alpha
in vec2 v_px;
out vec4 frag_color;

float rounded_box(vec2 p, vec2 half_size, float r) {
    vec2 q = abs(p) - half_size + r;
    return length(max(q, 0.0)) + min(max(q.x, q.y), 0.0) - r;
}

void main() {
    vec2 center = (u_box.xy + u_box.zw) * 0.5;
    vec2 half_size = (u_box.zw - u_box.xy) * 0.5;
    float d = rounded_box(v_px - center, half_size, u_params.x);
    float sigma = max(u_params.y, 0.5);
    float a = 1.0 - smoothstep(-sigma, sigma * 2.5, d);
    frag_color = vec4(u_color.rgb, u_color.a * a * a);
}
