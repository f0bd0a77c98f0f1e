// Renders ONE pose to a complete, static SVG string: floor and props behind, the figure
// with its worked part striped in the accent colour, arrows on top, and a <title>/<desc>
// text alternative. Deterministic (same input, same bytes) and free of DOM or I/O, so it
// runs on a server, in a build script or in the browser.
import { arrowCurves, drawArrows } from "./draw-arrows.ts";
import { drawFigure } from "./draw-figure.ts";
import { attachmentStrokes, drawFurniture } from "./draw-props.ts";
import { figureLayers } from "./figure-strokes.ts";
import { frameFor } from "./frame.ts";
import { solveJoints } from "./kinematics.ts";
import { sharedDefs } from "./palette.ts";
import type { BodyPart, BodyPose } from "./pose.schema.ts";
import type { Arrow, Prop } from "./scene.schema.ts";
import { el, escapeXml } from "./svg-markup.ts";

/** What to draw around a pose and how to describe it. */
export interface RenderOptions {
  /** Short accessible name, e.g. the exercise name. */
  readonly title: string;
  /** Longer text alternative: position, highlighted side, direction of movement. */
  readonly desc: string;
  readonly highlight?: readonly BodyPart[];
  readonly props?: readonly Prop[];
  readonly arrows?: readonly Arrow[];
  /** Pixel width; height follows the 4:3 frame. Omit for a fluid SVG. */
  readonly width?: number;
  /** Prefix for ids inside the SVG, unique per page. */
  readonly idPrefix?: string;
}

/** Opening tag, text alternative and defs shared by every rendered SVG. */
export function svgOpen(viewBox: string, aspect: number, options: RenderOptions): string {
  const prefix = options.idPrefix ?? "ilio";
  const size =
    options.width === undefined
      ? ""
      : ` width="${options.width}" height="${Math.round(options.width / aspect)}"`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${viewBox}"${size} role="img" ` +
    `aria-labelledby="${prefix}-title ${prefix}-desc">` +
    el("title", { id: `${prefix}-title` }, [escapeXml(options.title)]) +
    el("desc", { id: `${prefix}-desc` }, [escapeXml(options.desc)]) +
    sharedDefs(prefix)
  );
}

/** Renders a single pose as a static SVG string. */
export function renderPose(pose: BodyPose, options: RenderOptions): string {
  const prefix = options.idPrefix ?? "ilio";
  const props = options.props ?? [];
  const skeleton = solveJoints(pose);
  const curves = arrowCurves(options.arrows ?? [], [skeleton]);
  const frame = frameFor([skeleton], props, curves);
  const layers = [
    ...figureLayers(skeleton, pose.view, options.highlight ?? []),
    attachmentStrokes(props, skeleton),
  ];
  return (
    svgOpen(frame.viewBox, frame.aspect, options) +
    drawFurniture(props, frame) +
    drawFigure([layers], prefix) +
    drawArrows(curves, prefix) +
    "</svg>"
  );
}
