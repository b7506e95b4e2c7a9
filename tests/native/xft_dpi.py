# xft_dpi.py DPI COMMAND...: runs COMMAND while the X server announces Xft.dpi (as xrdb would set it;
# done with libX11 through ctypes, holding the connection so the server keeps the setting).
import ctypes, ctypes.util, subprocess, sys
x = ctypes.CDLL(ctypes.util.find_library('X11') or 'libX11.so.6')
x.XOpenDisplay.restype = ctypes.c_void_p; x.XOpenDisplay.argtypes = [ctypes.c_char_p]
x.XDefaultRootWindow.restype = ctypes.c_ulong; x.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
x.XChangeProperty.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_int, ctypes.c_int,
                              ctypes.c_char_p, ctypes.c_int]
x.XSync.argtypes = [ctypes.c_void_p, ctypes.c_int]
display = x.XOpenDisplay(None)
if not display: sys.exit('with_dpi: no X display')
resources = ('Xft.dpi:\t%s\n' % sys.argv[1]).encode()
XA_RESOURCE_MANAGER, XA_STRING, PropModeReplace = 23, 31, 0
x.XChangeProperty(display, x.XDefaultRootWindow(display), XA_RESOURCE_MANAGER, XA_STRING, 8, PropModeReplace, resources, len(resources))
x.XSync(display, 0)
sys.exit(subprocess.call(sys.argv[2:]))
