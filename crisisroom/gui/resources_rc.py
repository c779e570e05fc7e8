# Resource object code (Python 3)
# Created by: object code
# Created by: The Resource Compiler for Qt version 6.11.3
# WARNING! All changes made in this file will be lost!

from PySide6 import QtCore

qt_resource_data = b"\
\x00\x00\x01\xb8\
<\
?xml version=\x221.\
0\x22 encoding=\x22UTF\
-8\x22?>\x0a<!-- Hide \
a shown secret: \
an eye struck th\
rough. -->\x0a<svg \
xmlns=\x22http://ww\
w.w3.org/2000/sv\
g\x22 width=\x2224\x22 he\
ight=\x2224\x22 viewBo\
x=\x220 0 24 24\x22 fi\
ll=\x22none\x22 stroke\
=\x22#444444\x22 strok\
e-width=\x222\x22 stro\
ke-linecap=\x22roun\
d\x22 stroke-linejo\
in=\x22round\x22>\x0a  <p\
ath d=\x22M2 12 C5 \
6.5 8.5 5 12 5 C\
15.5 5 19 6.5 22\
 12 C19 17.5 15.\
5 19 12 19 C8.5 \
19 5 17.5 2 12 Z\
\x22/>\x0a  <circle cx\
=\x2212\x22 cy=\x2212\x22 r=\
\x223\x22/>\x0a  <path d=\
\x22M4 4 L20 20\x22/>\x0a\
</svg>\x0a\
\x00\x00\x01\xbb\
<\
?xml version=\x221.\
0\x22 encoding=\x22UTF\
-8\x22?>\x0a<!-- Backu\
p: an archive bo\
x with an arrow \
going into it. -\
->\x0a<svg xmlns=\x22h\
ttp://www.w3.org\
/2000/svg\x22 width\
=\x2224\x22 height=\x2224\
\x22 viewBox=\x220 0 2\
4 24\x22 fill=\x22none\
\x22 stroke=\x22#44444\
4\x22 stroke-width=\
\x222\x22 stroke-linec\
ap=\x22round\x22 strok\
e-linejoin=\x22roun\
d\x22>\x0a  <rect x=\x223\
\x22 y=\x224\x22 width=\x221\
8\x22 height=\x224\x22 rx\
=\x221\x22/>\x0a  <path d\
=\x22M5 8 V19 A1 1 \
0 0 0 6 20 H18 A\
1 1 0 0 0 19 19 \
V8\x22/>\x0a  <path d=\
\x22M12 11 V17 M9 1\
4 L12 17 L15 14\x22\
/>\x0a</svg>\x0a\
\x00\x00\x02\x17\
<\
?xml version=\x221.\
0\x22 encoding=\x22UTF\
-8\x22?>\x0a<!-- New i\
ncident: a docum\
ent with a folde\
d corner and a p\
lus sign. 24-uni\
t grid, 2-unit s\
trokes on whole \
coordinates so l\
ines land on pix\
el boundaries at\
 24 px. -->\x0a<svg\
 xmlns=\x22http://w\
ww.w3.org/2000/s\
vg\x22 width=\x2224\x22 h\
eight=\x2224\x22 viewB\
ox=\x220 0 24 24\x22 f\
ill=\x22none\x22 strok\
e=\x22#444444\x22 stro\
ke-width=\x222\x22 str\
oke-linecap=\x22rou\
nd\x22 stroke-linej\
oin=\x22round\x22>\x0a  <\
path d=\x22M14 3 H7\
 A2 2 0 0 0 5 5 \
V19 A2 2 0 0 0 7\
 21 H17 A2 2 0 0\
 0 19 19 V8 Z\x22/>\
\x0a  <path d=\x22M14 \
3 V8 H19\x22/>\x0a  <p\
ath d=\x22M12 11 V1\
7 M9 14 H15\x22/>\x0a<\
/svg>\x0a\
\x00\x00\x01\x96\
<\
?xml version=\x221.\
0\x22 encoding=\x22UTF\
-8\x22?>\x0a<!-- Verif\
y: a shield with\
 a check mark (i\
ntegrity of the \
crisis log). -->\
\x0a<svg xmlns=\x22htt\
p://www.w3.org/2\
000/svg\x22 width=\x22\
24\x22 height=\x2224\x22 \
viewBox=\x220 0 24 \
24\x22 fill=\x22none\x22 \
stroke=\x22#444444\x22\
 stroke-width=\x222\
\x22 stroke-linecap\
=\x22round\x22 stroke-\
linejoin=\x22round\x22\
>\x0a  <path d=\x22M12\
 3 L19 6 V11 C19\
 15.5 16 19 12 2\
1 C8 19 5 15.5 5\
 11 V6 Z\x22/>\x0a  <p\
ath d=\x22M9 12 L11\
 14 L15 10\x22/>\x0a</\
svg>\x0a\
\x00\x00\x01r\
<\
?xml version=\x221.\
0\x22 encoding=\x22UTF\
-8\x22?>\x0a<!-- Log e\
ntry: a pencil w\
riting on a rule\
d line. -->\x0a<svg\
 xmlns=\x22http://w\
ww.w3.org/2000/s\
vg\x22 width=\x2224\x22 h\
eight=\x2224\x22 viewB\
ox=\x220 0 24 24\x22 f\
ill=\x22none\x22 strok\
e=\x22#444444\x22 stro\
ke-width=\x222\x22 str\
oke-linecap=\x22rou\
nd\x22 stroke-linej\
oin=\x22round\x22>\x0a  <\
path d=\x22M15 4 L2\
0 9 L9 20 H4 V15\
 Z\x22/>\x0a  <path d=\
\x22M12 7 L17 12\x22/>\
\x0a  <path d=\x22M14 \
20 H20\x22/>\x0a</svg>\
\x0a\
\x00\x00\x01\x95\
<\
?xml version=\x221.\
0\x22 encoding=\x22UTF\
-8\x22?>\x0a<!-- Show \
a hidden secret:\
 an open eye. --\
>\x0a<svg xmlns=\x22ht\
tp://www.w3.org/\
2000/svg\x22 width=\
\x2224\x22 height=\x2224\x22\
 viewBox=\x220 0 24\
 24\x22 fill=\x22none\x22\
 stroke=\x22#444444\
\x22 stroke-width=\x22\
2\x22 stroke-lineca\
p=\x22round\x22 stroke\
-linejoin=\x22round\
\x22>\x0a  <path d=\x22M2\
 12 C5 6.5 8.5 5\
 12 5 C15.5 5 19\
 6.5 22 12 C19 1\
7.5 15.5 19 12 1\
9 C8.5 19 5 17.5\
 2 12 Z\x22/>\x0a  <ci\
rcle cx=\x2212\x22 cy=\
\x2212\x22 r=\x223\x22/>\x0a</s\
vg>\x0a\
\x00\x00\x01q\
<\
?xml version=\x221.\
0\x22 encoding=\x22UTF\
-8\x22?>\x0a<!-- Share\
d accounts: a ke\
y. -->\x0a<svg xmln\
s=\x22http://www.w3\
.org/2000/svg\x22 w\
idth=\x2224\x22 height\
=\x2224\x22 viewBox=\x220\
 0 24 24\x22 fill=\x22\
none\x22 stroke=\x22#4\
44444\x22 stroke-wi\
dth=\x222\x22 stroke-l\
inecap=\x22round\x22 s\
troke-linejoin=\x22\
round\x22>\x0a  <circl\
e cx=\x228\x22 cy=\x2215\x22\
 r=\x224\x22/>\x0a  <path\
 d=\x22M11 12 L20 3\
\x22/>\x0a  <path d=\x22M\
17 6 L20 9\x22/>\x0a  \
<path d=\x22M15 8 L\
17 10\x22/>\x0a</svg>\x0a\
\
\x00\x00\x01B\
<\
?xml version=\x221.\
0\x22 encoding=\x22UTF\
-8\x22?>\x0a<!-- Searc\
h: a magnifying \
glass. -->\x0a<svg \
xmlns=\x22http://ww\
w.w3.org/2000/sv\
g\x22 width=\x2224\x22 he\
ight=\x2224\x22 viewBo\
x=\x220 0 24 24\x22 fi\
ll=\x22none\x22 stroke\
=\x22#444444\x22 strok\
e-width=\x222\x22 stro\
ke-linecap=\x22roun\
d\x22 stroke-linejo\
in=\x22round\x22>\x0a  <c\
ircle cx=\x2210\x22 cy\
=\x2210\x22 r=\x226\x22/>\x0a  \
<path d=\x22M15 15 \
L20 20\x22/>\x0a</svg>\
\x0a\
\x00\x00\x01\x92\
<\
?xml version=\x221.\
0\x22 encoding=\x22UTF\
-8\x22?>\x0a<!-- Drill\
: a stopwatch, f\
or timed crisis \
exercises. -->\x0a<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 width=\x2224\
\x22 height=\x2224\x22 vi\
ewBox=\x220 0 24 24\
\x22 fill=\x22none\x22 st\
roke=\x22#444444\x22 s\
troke-width=\x222\x22 \
stroke-linecap=\x22\
round\x22 stroke-li\
nejoin=\x22round\x22>\x0a\
  <circle cx=\x2212\
\x22 cy=\x2214\x22 r=\x227\x22/\
>\x0a  <path d=\x22M12\
 14 V10\x22/>\x0a  <pa\
th d=\x22M10 3 H14 \
M12 3 V7\x22/>\x0a  <p\
ath d=\x22M18 7 L19\
.5 5.5\x22/>\x0a</svg>\
\x0a\
\x00\x00\x04:\
<\
?xml version=\x221.\
0\x22 encoding=\x22UTF\
-8\x22?>\x0a<!-- Crisi\
s Room applicati\
on icon: a calm \
blue tile with a\
 speech bubble c\
arrying an excla\
mation mark\x0a    \
 (\x22communication\
s + alert\x22, deli\
berately not ala\
rm red). Drawn o\
n a 256-unit gri\
d whose 16-unit\x0a\
     steps are w\
hole pixels at 1\
6 px (and 8-unit\
 steps at 32 px)\
, so the main ed\
ges stay crisp t\
here. -->\x0a<svg x\
mlns=\x22http://www\
.w3.org/2000/svg\
\x22 width=\x22512\x22 he\
ight=\x22512\x22 viewB\
ox=\x220 0 256 256\x22\
>\x0a  <defs>\x0a    <\
linearGradient i\
d=\x22tile\x22 x1=\x220\x22 \
y1=\x2216\x22 x2=\x220\x22 y\
2=\x22240\x22 gradient\
Units=\x22userSpace\
OnUse\x22>\x0a      <s\
top offset=\x220\x22 s\
top-color=\x22#2A61\
B0\x22/>\x0a      <sto\
p offset=\x221\x22 sto\
p-color=\x22#173F7C\
\x22/>\x0a    </linear\
Gradient>\x0a  </de\
fs>\x0a  <rect x=\x221\
6\x22 y=\x2216\x22 width=\
\x22224\x22 height=\x2222\
4\x22 rx=\x2248\x22 ry=\x224\
8\x22 fill=\x22url(#ti\
le)\x22/>\x0a  <path f\
ill=\x22#FFFFFF\x22\x0a  \
      d=\x22M80 48 \
H176 A32 32 0 0 \
1 208 80 V160 A3\
2 32 0 0 1 176 1\
92 H128 L68 224 \
L80 192\x0a        \
   A32 32 0 0 1 \
48 160 V80 A32 3\
2 0 0 1 80 48 Z\x22\
/>\x0a  <rect x=\x2211\
2\x22 y=\x2264\x22 width=\
\x2232\x22 height=\x2264\x22\
 rx=\x2210\x22 ry=\x2210\x22\
 fill=\x22#1C4A8E\x22/\
>\x0a  <rect x=\x22112\
\x22 y=\x22144\x22 width=\
\x2232\x22 height=\x2232\x22\
 rx=\x2210\x22 ry=\x2210\x22\
 fill=\x22#1C4A8E\x22/\
>\x0a</svg>\x0a\
"

qt_resource_name = b"\
\x00\x05\
\x00o\xa6S\
\x00i\
\x00c\x00o\x00n\x00s\
\x00\x0f\
\x0d\xcf\xd6g\
\x00h\
\x00i\x00d\x00e\x00-\x00s\x00e\x00c\x00r\x00e\x00t\x00.\x00s\x00v\x00g\
\x00\x0a\
\x02\xceU\x87\
\x00b\
\x00a\x00c\x00k\x00u\x00p\x00.\x00s\x00v\x00g\
\x00\x10\
\x04CW\x07\
\x00n\
\x00e\x00w\x00-\x00i\x00n\x00c\x00i\x00d\x00e\x00n\x00t\x00.\x00s\x00v\x00g\
\x00\x0a\
\x0f\xd7\xc3\xc7\
\x00v\
\x00e\x00r\x00i\x00f\x00y\x00.\x00s\x00v\x00g\
\x00\x0d\
\x0d0#\xa7\
\x00l\
\x00o\x00g\x00-\x00e\x00n\x00t\x00r\x00y\x00.\x00s\x00v\x00g\
\x00\x0f\
\x05\x8f\x8aG\
\x00s\
\x00h\x00o\x00w\x00-\x00s\x00e\x00c\x00r\x00e\x00t\x00.\x00s\x00v\x00g\
\x00\x09\
\x0c7\xa3\xc7\
\x00v\
\x00a\x00u\x00l\x00t\x00.\x00s\x00v\x00g\
\x00\x0a\
\x08\x94m\xc7\
\x00s\
\x00e\x00a\x00r\x00c\x00h\x00.\x00s\x00v\x00g\
\x00\x09\
\x00/\x8d\xe7\
\x00d\
\x00r\x00i\x00l\x00l\x00.\x00s\x00v\x00g\
\x00\x0e\
\x08LUG\
\x00c\
\x00r\x00i\x00s\x00i\x00s\x00r\x00o\x00o\x00m\x00.\x00s\x00v\x00g\
"

qt_resource_struct = b"\
\x00\x00\x00\x00\x00\x02\x00\x00\x00\x01\x00\x00\x00\x01\
\x00\x00\x00\x00\x00\x00\x03\xe8\
\x00\x00\x00\x00\x00\x02\x00\x00\x00\x0a\x00\x00\x00\x02\
\x00\x00\x00\x00\x00\x00\x03\xe8\
\x00\x00\x01\x04\x00\x00\x00\x00\x00\x01\x00\x00\x0c\xfa\
\x00\x00\x00\x00\x00\x00\x03\xe8\
\x00\x00\x004\x00\x00\x00\x00\x00\x01\x00\x00\x01\xbc\
\x00\x00\x00\x00\x00\x00\x03\xe8\
\x00\x00\x00N\x00\x00\x00\x00\x00\x01\x00\x00\x03{\
\x00\x00\x00\x00\x00\x00\x03\xe8\
\x00\x00\x00\xae\x00\x00\x00\x00\x00\x01\x00\x00\x08\xa6\
\x00\x00\x00\x00\x00\x00\x03\xe8\
\x00\x00\x01\x1c\x00\x00\x00\x00\x00\x01\x00\x00\x0e\x90\
\x00\x00\x00\x00\x00\x00\x03\xe8\
\x00\x00\x00\xea\x00\x00\x00\x00\x00\x01\x00\x00\x0b\xb4\
\x00\x00\x00\x00\x00\x00\x03\xe8\
\x00\x00\x00\xd2\x00\x00\x00\x00\x00\x01\x00\x00\x0a?\
\x00\x00\x00\x00\x00\x00\x03\xe8\
\x00\x00\x00\x8e\x00\x00\x00\x00\x00\x01\x00\x00\x070\
\x00\x00\x00\x00\x00\x00\x03\xe8\
\x00\x00\x00\x10\x00\x00\x00\x00\x00\x01\x00\x00\x00\x00\
\x00\x00\x00\x00\x00\x00\x03\xe8\
\x00\x00\x00t\x00\x00\x00\x00\x00\x01\x00\x00\x05\x96\
\x00\x00\x00\x00\x00\x00\x03\xe8\
"

def qInitResources():
    QtCore.qRegisterResourceData(0x03, qt_resource_struct, qt_resource_name, qt_resource_data)

def qCleanupResources():
    QtCore.qUnregisterResourceData(0x03, qt_resource_struct, qt_resource_name, qt_resource_data)

qInitResources()
