"""Drawn illustrations for the demo's news and stories: the demo has no photographs of
real people or events, so it draws simple scenes instead, on every install the same."""

import io
import itertools
import math
import random

from django.core.files.images import ImageFile
from PIL import Image as PillowImage
from PIL import ImageDraw, ImageFilter
from wagtail.images import get_image_model

WIDTH, HEIGHT = 1600, 900

THEMES = {
    "ceremony": "Minh họa lễ trao tặng: ngôi sao vàng trên nền đỏ và dải lụa",
    "digital": "Minh họa chuyển đổi số: các ô vuông nối với nhau như một mạng lưới",
    "meeting": "Minh họa hội nghị: bàn dài và các đại biểu ngồi quanh",
    "village": "Minh họa bản làng: những ngôi nhà sàn bên sườn đồi xanh",
    "road": "Minh họa con đường bê tông uốn quanh đồi về bản",
    "school": "Minh họa điểm trường vùng cao có lá cờ trên sân",
    "clinic": "Minh họa trạm y tế với dấu chữ thập đỏ",
    "tea": "Minh họa những hàng chè xanh trên đồi",
    "river": "Minh họa dòng sông giữa những dãy núi",
}


def illustrations():
    Image = get_image_model()
    images = {}
    for theme, description in THEMES.items():
        title = f"Ảnh minh họa: {theme}"
        image = Image.objects.filter(title=title).first()
        if image is None:
            buffer = io.BytesIO()
            _draw(theme).save(buffer, format="JPEG", quality=82)
            image = Image.objects.create(
                title=title,
                description=description,
                file=ImageFile(buffer, name=f"minh-hoa-{theme}.jpg"),
            )
        images[theme] = image
    return images


def _hills(draw, rng, colours, base=0.55, amplitude=60):
    for colour, offset in colours:
        phase = rng.uniform(0, math.tau)
        points = [(0, HEIGHT)]
        for x in range(0, WIDTH + 40, 40):
            y = (base + offset) * HEIGHT + math.sin(x / 230 + phase) * amplitude
            points.append((x, y))
        points.append((WIDTH, HEIGHT))
        draw.polygon(points, fill=colour)


def _star(draw, cx, cy, radius, colour):
    points = []
    for i in range(10):
        r = radius if i % 2 == 0 else radius * 0.4
        angle = -math.pi / 2 + i * math.pi / 5
        points.append((cx + r * math.cos(angle), cy + r * math.sin(angle)))
    draw.polygon(points, fill=colour)


def _draw(theme):
    rng = random.Random(theme)
    sky = {"ceremony": "#9b1c1c", "digital": "#dfe9f5", "meeting": "#f5efe6"}.get(
        theme, "#f3e6cf"
    )
    canvas = PillowImage.new("RGB", (WIDTH, HEIGHT), sky)
    draw = ImageDraw.Draw(canvas)
    green = [("#8fb996", 0.0), ("#5e9a6e", 0.1), ("#3c7352", 0.22)]
    if theme == "ceremony":
        for _ in range(14):
            _star(
                draw,
                rng.randint(0, WIDTH),
                rng.randint(0, HEIGHT),
                rng.randint(20, 60),
                "#d4a017",
            )
        _star(draw, WIDTH / 2, HEIGHT / 2, 220, "#f6c744")
        draw.rectangle([0, HEIGHT - 120, WIDTH, HEIGHT - 80], fill="#d4a017")
    elif theme == "digital":
        nodes = [
            (rng.randint(100, WIDTH - 100), rng.randint(100, HEIGHT - 100))
            for _ in range(18)
        ]
        for a, b in itertools.pairwise(nodes):
            draw.line([a, b], fill="#6b8bb8", width=6)
        for x, y in nodes:
            draw.rounded_rectangle(
                [x - 45, y - 45, x + 45, y + 45], radius=14, fill="#1e40af"
            )
    elif theme == "meeting":
        draw.rounded_rectangle([300, 420, 1300, 560], radius=30, fill="#8a5a3c")
        for i in range(8):
            x = 360 + i * 125
            draw.ellipse([x - 35, 300, x + 35, 370], fill="#7a2a2a")
            draw.rounded_rectangle(
                [x - 50, 370, x + 50, 430], radius=20, fill="#7a2a2a"
            )
        draw.rectangle([700, 120, 900, 220], fill="#9b1c1c")
        _star(draw, 800, 170, 40, "#f6c744")
    else:
        _hills(draw, rng, green)
        if theme == "village":
            for i in range(5):
                x, y = 200 + i * 280, 560 + rng.randint(-40, 40)
                draw.rectangle([x, y, x + 180, y + 90], fill="#7a4b2a")
                draw.polygon(
                    [(x - 30, y), (x + 90, y - 90), (x + 210, y)], fill="#5a3a22"
                )
                for leg in range(4):
                    draw.rectangle(
                        [x + leg * 55, y + 90, x + leg * 55 + 10, y + 150],
                        fill="#5a3a22",
                    )
        elif theme == "road":
            points = [
                (WIDTH * 0.5 + math.sin(t / 9) * 300, HEIGHT - t * 6)
                for t in range(0, 100)
            ]
            draw.line(points, fill="#c9c2b8", width=70, joint="curve")
        elif theme == "school":
            draw.rectangle([500, 480, 1100, 700], fill="#f2efe9")
            draw.polygon([(460, 480), (800, 360), (1140, 480)], fill="#9b1c1c")
            for i in range(4):
                draw.rectangle([560 + i * 140, 540, 640 + i * 140, 620], fill="#6b8bb8")
            draw.line([(1250, 700), (1250, 420)], fill="#4b5563", width=8)
            draw.rectangle([1254, 420, 1380, 500], fill="#c81e1e")
            _star(draw, 1317, 460, 26, "#f6c744")
        elif theme == "clinic":
            draw.rectangle([520, 460, 1080, 700], fill="#ffffff")
            draw.rectangle([760, 500, 840, 660], fill="#c81e1e")
            draw.rectangle([720, 540, 880, 620], fill="#c81e1e")
        elif theme == "tea":
            for row in range(14):
                y = 430 + row * 34
                draw.arc(
                    [-200, y - 300, WIDTH + 200, y + 300],
                    200,
                    340,
                    fill="#2f6b3f",
                    width=14,
                )
        elif theme == "river":
            for i in range(6):
                y = 700 + i * 30
                draw.line(
                    [(0, y), (WIDTH, y + rng.randint(-20, 20))],
                    fill="#6b9ac4",
                    width=22,
                )
    return canvas.filter(ImageFilter.SMOOTH)
