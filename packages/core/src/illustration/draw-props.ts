// Draws the props around the body simply (flat fill, firm outline, no hairlines): floor,
// wall, chair, stool, step, bed or table, pillow, barre, steering wheel, notebook. Bands
// and straps depend on where the body is, so they become strokes that move with it.
// Also reports each prop's extent so the frame can include it.
import type { Stroke } from "./figure-strokes.ts";
import type { Skeleton } from "./kinematics.ts";
import { COLOURS, LINE } from "./palette.ts";
import type { Prop } from "./scene.schema.ts";
import { el, num } from "./svg-markup.ts";

/** A rectangle in world units (y up). */
export interface Box {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

const paint = {
  fill: COLOURS.propFill,
  stroke: COLOURS.propLine,
  "stroke-width": LINE.prop,
  "stroke-linejoin": "round",
};

/** A rectangle given in world units, drawn in screen units. */
function rect(x: number, y: number, w: number, h: number, rx = 1): string {
  return el("rect", { x, y: -(y + h), width: w, height: h, rx, ...paint });
}

function legs(x: number, w: number, h: number): string[] {
  return [rect(x + 1.5, 0, 3, h), rect(x + w - 4.5, 0, 3, h)];
}

/** Markup for one piece of furniture; `top` is the highest world y in view (for walls). */
function furniture(p: Prop, top: number): string {
  switch (p.kind) {
    case "wall":
      return rect(p.x, 0, 5, top);
    case "chair": {
      const backX = p.back === "left" ? p.x : p.x + p.width - 4;
      const back = p.back === "none" ? [] : [rect(backX, p.height, 4, 38)];
      return el("g", {}, [
        ...legs(p.x, p.width, p.height),
        rect(p.x, p.height - 4, p.width, 4),
        ...back,
      ]);
    }
    case "stool":
      return el("g", {}, [...legs(p.x, p.width, p.height), rect(p.x, p.height - 4, p.width, 4)]);
    case "step":
      return rect(p.x, 0, p.width, p.height);
    case "bed":
      return el("g", {}, [
        ...legs(p.x, p.width, p.height - 10),
        rect(p.x, p.height - 10, p.width, 10, 3),
      ]);
    case "pillow":
      return rect(p.x, p.y, p.width, p.height, p.height / 2);
    case "barre":
      return el("g", {}, [
        rect(p.x - 1.5, 0, 3, p.height),
        rect(p.x - 22, p.height - 1.5, 44, 3, 1.5),
      ]);
    case "wheel":
      return el("circle", {
        cx: p.at.x,
        cy: -p.at.y,
        r: 8,
        fill: "none",
        stroke: COLOURS.propLine,
        "stroke-width": 3,
      });
    case "book":
      return rect(p.at.x - 6, p.at.y - 4, 12, 8);
    case "band":
    case "strap":
      return "";
    default: {
      const unreachable: never = p;
      return unreachable;
    }
  }
}

/** The floor line and every piece of furniture, behind the body. */
export function drawFurniture(props: readonly Prop[], frame: Box, withFloor = true): string {
  const floor = !withFloor
    ? ""
    : el("path", {
        d: `M${num(frame.x0)} 0 L${num(frame.x1)} 0`,
        stroke: COLOURS.floor,
        "stroke-width": LINE.floor,
      });
  return el("g", { class: "ilio-props" }, [floor, ...props.map((p) => furniture(p, frame.y1))]);
}

/** Bands and straps for one frame, as strokes that follow the body. */
export function attachmentStrokes(props: readonly Prop[], s: Skeleton): Stroke[] {
  return props.flatMap((p, i): Stroke[] => {
    if (p.kind === "band") {
      return [{ key: `band-${i}`, points: [s[p.from], p.to], width: 2.6, tone: "band" }];
    }
    if (p.kind === "strap") {
      return [{ key: `strap-${i}`, points: [s[p.from], s[p.to]], width: 2.6, tone: "strap" }];
    }
    return [];
  });
}

/** The extent of a prop in world units, or nothing for props that follow the body. */
export function propBox(p: Prop): Box | undefined {
  switch (p.kind) {
    case "wall":
      return { x0: p.x, y0: 0, x1: p.x + 5, y1: 10 };
    case "chair":
      return { x0: p.x, y0: 0, x1: p.x + p.width, y1: p.height + (p.back === "none" ? 0 : 38) };
    case "stool":
    case "step":
    case "bed":
      return { x0: p.x, y0: 0, x1: p.x + p.width, y1: p.height };
    case "pillow":
      return { x0: p.x, y0: p.y, x1: p.x + p.width, y1: p.y + p.height };
    case "barre":
      return { x0: p.x - 22, y0: 0, x1: p.x + 22, y1: p.height };
    case "wheel":
      return { x0: p.at.x - 9, y0: p.at.y - 9, x1: p.at.x + 9, y1: p.at.y + 9 };
    case "book":
      return { x0: p.at.x - 6, y0: p.at.y - 4, x1: p.at.x + 6, y1: p.at.y + 4 };
    case "band":
      return { x0: p.to.x, y0: p.to.y, x1: p.to.x, y1: p.to.y };
    case "strap":
      return undefined;
    default: {
      const unreachable: never = p;
      return unreachable;
    }
  }
}
