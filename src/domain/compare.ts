import { COMPARISON_TOLERANCE } from './thresholds';

/** a ≥ b, allowing for floating-point noise. */
export function atLeast(a: number, b: number): boolean {
  return a >= b - COMPARISON_TOLERANCE;
}

/** a < b, allowing for floating-point noise. */
export function below(a: number, b: number): boolean {
  return a < b - COMPARISON_TOLERANCE;
}

export function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
