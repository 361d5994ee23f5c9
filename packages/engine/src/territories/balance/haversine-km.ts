const EARTH_RADIUS_KM = 6371.0088;
const RADIANS = Math.PI / 180;

/** Great-circle distance in km between two points given in degrees (haversine, mean Earth radius). */
export function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const dLat = (lat2 - lat1) * RADIANS;
  const dLon = (lon2 - lon1) * RADIANS;
  const a =
    Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * RADIANS) * Math.cos(lat2 * RADIANS) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}

/**
 * The mean position of points on the sphere: the normalised mean of their unit vectors, so accounts on both sides
 * of the antimeridian average to a point between them, not to the other side of the world. Null for no points or
 * points that cancel out.
 */
export function sphericalCentroid(
  points: readonly { lat: number; lon: number }[],
): { lat: number; lon: number } | null {
  let x = 0;
  let y = 0;
  let z = 0;
  for (const { lat, lon } of points) {
    const cosLat = Math.cos(lat * RADIANS);
    x += cosLat * Math.cos(lon * RADIANS);
    y += cosLat * Math.sin(lon * RADIANS);
    z += Math.sin(lat * RADIANS);
  }
  const norm = Math.hypot(x, y, z);
  if (points.length === 0 || norm < 1e-12) return null;
  return { lat: Math.asin(z / norm) / RADIANS, lon: Math.atan2(y, x) / RADIANS };
}
