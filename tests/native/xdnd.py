# Drops files on the program's window as a file manager does, through the XDND protocol (enter,
# position, drop, the text/uri-list selection, finished), with libX11 through ctypes.
#   xdnd.py drop FILE...   drops the files on the window that announces XdndAware
#   xdnd.py title          prints that window's title (_NET_WM_NAME)
import ctypes, ctypes.util, sys, time, urllib.parse
x = ctypes.CDLL(ctypes.util.find_library('X11') or 'libX11.so.6')
Window = Atom = ctypes.c_ulong
class ClientMessage(ctypes.Structure):
    _fields_ = [('type', ctypes.c_int), ('serial', ctypes.c_ulong), ('send_event', ctypes.c_int), ('display', ctypes.c_void_p),
                ('window', Window), ('message_type', Atom), ('format', ctypes.c_int), ('l', ctypes.c_long * 5)]
class SelectionRequest(ctypes.Structure):
    _fields_ = [('type', ctypes.c_int), ('serial', ctypes.c_ulong), ('send_event', ctypes.c_int), ('display', ctypes.c_void_p),
                ('owner', Window), ('requestor', Window), ('selection', Atom), ('target', Atom), ('property', Atom), ('time', ctypes.c_ulong)]
class Selection(ctypes.Structure):
    _fields_ = [('type', ctypes.c_int), ('serial', ctypes.c_ulong), ('send_event', ctypes.c_int), ('display', ctypes.c_void_p),
                ('requestor', Window), ('selection', Atom), ('target', Atom), ('property', Atom), ('time', ctypes.c_ulong)]
class Event(ctypes.Union):
    _fields_ = [('type', ctypes.c_int), ('client', ClientMessage), ('request', SelectionRequest), ('selection', Selection), ('pad', ctypes.c_long * 24)]
ClientMessageType, SelectionRequestType, SelectionNotifyType = 33, 30, 31
x.XOpenDisplay.restype = ctypes.c_void_p; x.XOpenDisplay.argtypes = [ctypes.c_char_p]
x.XDefaultRootWindow.restype = Window; x.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
x.XInternAtom.restype = Atom; x.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
x.XQueryTree.argtypes = [ctypes.c_void_p, Window, ctypes.POINTER(Window), ctypes.POINTER(Window), ctypes.POINTER(ctypes.POINTER(Window)), ctypes.POINTER(ctypes.c_uint)]
x.XGetWindowProperty.argtypes = [ctypes.c_void_p, Window, Atom, ctypes.c_long, ctypes.c_long, ctypes.c_int, Atom, ctypes.POINTER(Atom),
                                 ctypes.POINTER(ctypes.c_int), ctypes.POINTER(ctypes.c_ulong), ctypes.POINTER(ctypes.c_ulong), ctypes.POINTER(ctypes.c_void_p)]
x.XCreateSimpleWindow.restype = Window
x.XCreateSimpleWindow.argtypes = [ctypes.c_void_p, Window, ctypes.c_int, ctypes.c_int, ctypes.c_uint, ctypes.c_uint, ctypes.c_uint, ctypes.c_ulong, ctypes.c_ulong]
x.XSetSelectionOwner.argtypes = [ctypes.c_void_p, Atom, Window, ctypes.c_ulong]
x.XSendEvent.argtypes = [ctypes.c_void_p, Window, ctypes.c_int, ctypes.c_long, ctypes.POINTER(Event)]
x.XChangeProperty.argtypes = [ctypes.c_void_p, Window, Atom, Atom, ctypes.c_int, ctypes.c_int, ctypes.c_char_p, ctypes.c_int]
x.XPending.argtypes = [ctypes.c_void_p]; x.XNextEvent.argtypes = [ctypes.c_void_p, ctypes.POINTER(Event)]
x.XFlush.argtypes = [ctypes.c_void_p]; x.XFree.argtypes = [ctypes.c_void_p]
display = x.XOpenDisplay(None)
if not display: sys.exit('xdnd: no X display')
root = x.XDefaultRootWindow(display)
atom = lambda name: x.XInternAtom(display, name.encode(), 0)
def prop(window, name, kind=0):  # the property's bytes, or None
    actual, fmt, n, after, data = Atom(), ctypes.c_int(), ctypes.c_ulong(), ctypes.c_ulong(), ctypes.c_void_p()
    if x.XGetWindowProperty(display, window, atom(name), 0, 1 << 16, 0, kind, ctypes.byref(actual), ctypes.byref(fmt), ctypes.byref(n),
                            ctypes.byref(after), ctypes.byref(data)) != 0 or not actual.value: return None
    size = n.value * {8: 1, 16: ctypes.sizeof(ctypes.c_short), 32: ctypes.sizeof(ctypes.c_long)}[fmt.value]
    value = ctypes.string_at(data, size); x.XFree(data); return value
def target():  # the top-level window that accepts drops, waiting a few seconds for it to appear
    deadline = time.time() + 10
    while time.time() < deadline:
        r, p, children, n = Window(), Window(), ctypes.POINTER(Window)(), ctypes.c_uint()
        x.XQueryTree(display, root, ctypes.byref(r), ctypes.byref(p), ctypes.byref(children), ctypes.byref(n))
        found = [children[i] for i in range(n.value) if prop(children[i], 'XdndAware') is not None]
        if n.value: x.XFree(children)
        if found: return found[-1]
        time.sleep(0.1)
    sys.exit('xdnd: no window accepts drops (XdndAware)')
window = target()
if sys.argv[1] == 'title':
    print((prop(window, '_NET_WM_NAME') or b'').decode('utf-8', 'replace')); sys.exit(0)
files = sys.argv[2:]
uris = ''.join('file://' + urllib.parse.quote(f) + '\r\n' for f in files).encode()
source = x.XCreateSimpleWindow(display, root, 0, 0, 1, 1, 0, 0, 0)
XdndSelection, uri_list = atom('XdndSelection'), atom('text/uri-list')
x.XSetSelectionOwner(display, XdndSelection, source, 0)
def send(kind, *l):
    e = Event(); e.client.type = ClientMessageType; e.client.window = window; e.client.message_type = atom(kind); e.client.format = 32
    for i, v in enumerate(l): e.client.l[i] = v
    x.XSendEvent(display, window, 0, 0, ctypes.byref(e)); x.XFlush(display)
def wait(what, seconds=10):  # handles the selection request on the way; returns the awaited client message
    deadline = time.time() + seconds
    while time.time() < deadline:
        if not x.XPending(display): time.sleep(0.01); continue
        e = Event(); x.XNextEvent(display, ctypes.byref(e))
        if e.type == SelectionRequestType and e.request.selection == XdndSelection:  # the program asks for the files
            q = e.request
            x.XChangeProperty(display, q.requestor, q.property, q.target, 8, 0, uris, len(uris))
            n = Event(); n.selection.type = SelectionNotifyType; n.selection.requestor = q.requestor; n.selection.selection = q.selection
            n.selection.target = q.target; n.selection.property = q.property; n.selection.time = q.time
            x.XSendEvent(display, q.requestor, 0, 0, ctypes.byref(n)); x.XFlush(display)
        elif e.type == ClientMessageType and e.client.message_type == atom(what):
            return e.client
    sys.exit('xdnd: no %s from the window within %d s' % (what, seconds))
send('XdndEnter', source, 5 << 24, uri_list, 0, 0)            # XDND version 5, up to three types inline
send('XdndPosition', source, 0, (40 << 16) | 40, 0, atom('XdndActionCopy'))
status = wait('XdndStatus')
if not status.l[1] & 1: sys.exit('xdnd: the window refuses the drop')
send('XdndDrop', source, 0, 0)
finished = wait('XdndFinished')
print('xdnd: dropped %d file(s), %s' % (len(files), 'accepted' if finished.l[1] else 'not accepted'))
