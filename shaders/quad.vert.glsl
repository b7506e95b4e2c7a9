// A screen-space quad from gl_VertexID (two triangles), for effects drawn under the page.
// u_rect is (x0, y0, x1, y1) in framebuffer pixels with a top-left origin; u_viewport the framebuffer size.
uniform vec4 u_rect;
uniform vec2 u_viewport;
out vec2 v_px;  // this fragment's position in the same top-left pixel space
void main() {
    int i = gl_VertexID;
    vec2 corner = vec2((i == 1 || i == 2 || i == 4) ? 1.0 : 0.0, (i == 2 || i == 4 || i == 5) ? 1.0 : 0.0);
    v_px = mix(u_rect.xy, u_rect.zw, corner);
    vec2 ndc = v_px / u_viewport * 2.0 - 1.0;
    gl_Position = vec4(ndc.x, -ndc.y, 0.0, 1.0);
}
