/** Path of a product's image on this BFF (the service stores the same form in image_path). */
export function productImagePath(slug: string): string {
  return `/images/products/${slug}.svg`;
}
