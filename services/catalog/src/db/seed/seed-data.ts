// Demo catalog: realistic names, USD prices in cents, varied stock (0 = out of stock).
// Tuples keep 60+ products readable: [name, description, price in cents, stock].

export type SeedProduct = readonly [name: string, description: string, priceMinor: number, stock: number];

export interface SeedCategory {
  slug: string;
  name: string;
  products: readonly SeedProduct[];
}

export const seedCategories: readonly SeedCategory[] = [
  {
    slug: 'home-kitchen',
    name: 'Home & Kitchen',
    products: [
      ['Cast Iron Skillet 10"', 'Pre-seasoned cast iron pan that goes from stovetop to oven; holds heat for a perfect sear.', 3495, 42],
      ['Pour-Over Coffee Kit', 'Glass carafe, stainless dripper and reusable filter for a clean, bright cup every morning.', 4900, 18],
      ['Chef Knife 8"', 'High-carbon stainless steel blade with a full tang and a comfortable walnut handle.', 8900, 25],
      ['Bamboo Cutting Board Set', 'Three nesting boards with juice grooves, made from sustainably harvested bamboo.', 2999, 60],
      ['Enamel Dutch Oven 5 qt', 'Heavy enamelled pot for braises, soups and no-knead bread; oven safe to 500°F.', 12900, 7],
      ['Linen Tea Towels (Set of 4)', 'Stonewashed linen towels that get softer and more absorbent with every wash.', 3200, 0],
      ['Electric Gooseneck Kettle', 'Precise temperature control from 105°F to 212°F with a hold-warm mode.', 7900, 14],
      ['Ceramic Pasta Bowls (Set of 4)', 'Wide, shallow stoneware bowls glazed in speckled oat; dishwasher safe.', 4400, 33],
      ['Stainless Steel Mixing Bowls', 'Five nesting bowls with non-slip silicone bases and airtight lids.', 3899, 21],
    ],
  },
  {
    slug: 'electronics',
    name: 'Electronics',
    products: [
      ['Wireless Noise-Cancelling Headphones', 'Over-ear headphones with adaptive noise cancelling and 30-hour battery life.', 19900, 12],
      ['Mechanical Keyboard 75%', 'Hot-swappable switches, aluminium case and USB-C; tactile brown switches installed.', 11900, 9],
      ['USB-C Charging Hub 65W', 'Charge a laptop, phone and earbuds at once from one compact GaN charger.', 4599, 55],
      ['Portable Bluetooth Speaker', 'Waterproof speaker with rich bass and 12 hours of playback; floats in the pool.', 5999, 0],
      ['4K Webcam', 'Sharp video with auto-framing and dual noise-reducing microphones for clear calls.', 12900, 6],
      ['E-Reader 6"', 'Glare-free display, warm light and weeks of battery for reading anywhere.', 10999, 17],
      ['Wireless Mouse', 'Quiet clicks, ergonomic shape and a battery that lasts up to 18 months.', 2999, 80],
      ['Smart LED Desk Lamp', 'Adjustable colour temperature, USB charging port and a timer that turns it off.', 6499, 11],
      ['Noise-Isolating Earbuds', 'Compact earbuds with memory-foam tips, in-line remote and a braided cable.', 3999, 3],
    ],
  },
  {
    slug: 'books',
    name: 'Books',
    products: [
      ['The Practical Gardener', 'A season-by-season guide to growing vegetables in small spaces, with plans and tips.', 2499, 30],
      ['Designing Data Systems', 'How reliable, scalable and maintainable software is built, told through real failures.', 4599, 15],
      ['A Year of Soups', '52 soups for every week of the year, from quick weeknight broths to slow Sunday stews.', 2899, 0],
      ['Mountains at Dawn', 'A photographic journey across the world\'s great ranges, printed on heavy matte paper.', 5500, 4],
      ['The Quiet Ledger', 'A literary mystery set in a small-town bank where the numbers never quite add up.', 1699, 48],
      ['Learning to Draw', 'Exercises that build confidence with line, shadow and perspective in thirty days.', 2199, 22],
      ['Stars for Beginners', 'Find constellations, planets and galaxies with the naked eye or a pair of binoculars.', 1999, 26],
      ['Tiny Habits at Work', 'Small, evidence-based changes that make teams calmer and more productive.', 2299, 13],
      ['Field Notes on Birds', 'Illustrated notes on 200 common birds, with songs described in plain words.', 3199, 9],
    ],
  },
  {
    slug: 'outdoors',
    name: 'Outdoors',
    products: [
      ['Ultralight Backpacking Tent', 'Two-person, three-season tent that packs down to the size of a water bottle.', 32900, 5],
      ['Insulated Water Bottle 32 oz', 'Keeps drinks cold for 24 hours or hot for 12; leak-proof lid with a carry loop.', 3499, 90],
      ['Trekking Poles (Pair)', 'Collapsible carbon poles with cork grips and quick flip locks.', 8900, 16],
      ['Down Sleeping Bag 20°F', 'Lightweight 650-fill down bag with a draft collar and a water-resistant shell.', 24900, 0],
      ['Camp Stove', 'Compact canister stove that boils a litre of water in three and a half minutes.', 4999, 27],
      ['Headlamp 400 Lumen', 'Rechargeable headlamp with red night mode and a tilting beam.', 3299, 44],
      ['Packable Rain Jacket', 'Waterproof, breathable shell that stuffs into its own pocket.', 11900, 19],
      ['Hammock with Straps', 'Parachute-nylon hammock that sets up between two trees in a minute.', 3999, 2],
      ['Folding Camp Chair', 'Sturdy aluminium chair with a cup holder; folds flat into a shoulder bag.', 5499, 23],
    ],
  },
  {
    slug: 'clothing',
    name: 'Clothing',
    products: [
      ['Merino Wool Crew Sweater', 'Soft, breathable merino that regulates temperature and resists odour.', 9800, 24],
      ['Organic Cotton T-Shirt', 'Heavyweight organic cotton tee with a relaxed fit, garment dyed.', 2800, 120],
      ['Selvedge Denim Jeans', 'Raw selvedge denim in a straight cut that fades to fit its wearer.', 14800, 10],
      ['Waxed Canvas Jacket', 'Weather-resistant waxed cotton with a corduroy collar and brass snaps.', 19800, 0],
      ['Wool Beanie', 'Ribbed beanie knit from recycled wool; warm without being itchy.', 2400, 65],
      ['Linen Button-Down Shirt', 'Airy linen shirt for hot days, with mother-of-pearl buttons.', 7400, 14],
      ['Running Shorts', 'Lightweight shorts with a built-in liner and a zip pocket for keys.', 4200, 37],
      ['Leather Belt', 'Full-grain leather belt with a solid brass buckle, made to last decades.', 5600, 8],
      ['Cashmere Scarf', 'Brushed cashmere scarf in charcoal, generously long for wrapping twice.', 12500, 1],
    ],
  },
  {
    slug: 'toys-games',
    name: 'Toys & Games',
    products: [
      ['Wooden Building Blocks (100 pcs)', 'Smooth beech blocks in classic shapes, finished with non-toxic paint.', 4500, 29],
      ['Strategy Board Game: Harbor', 'Trade, build and outwit rivals in a 60-minute game for 2–4 players.', 3999, 12],
      ['1000-Piece Puzzle: Night Market', 'A richly coloured illustration of a lantern-lit market; poster included.', 2199, 0],
      ['Remote Control Car', 'All-terrain RC car with rechargeable battery and a 100 m range.', 5999, 7],
      ['Card Game: Quick Draw', 'Fast party game of matching symbols for 2–8 players, ages 6 and up.', 1499, 70],
      ['Kids\' Science Kit', 'Twenty safe experiments with crystals, volcanoes and slime, with guides.', 3499, 15],
      ['Plush Red Fox', 'Super-soft fox plush, 14 inches, with embroidered eyes safe for toddlers.', 2599, 41],
      ['Magnetic Tiles Set', 'Sixty translucent magnetic tiles for building towers, cars and castles.', 5999, 5],
      ['Chess Set, Walnut', 'Weighted wooden pieces and a folding walnut board with storage inside.', 8900, 11],
    ],
  },
  {
    slug: 'beauty-care',
    name: 'Beauty & Personal Care',
    products: [
      ['Daily Moisturizer SPF 30', 'Lightweight, fragrance-free moisturizer with broad-spectrum sun protection.', 2400, 58],
      ['Bamboo Toothbrush (4 Pack)', 'Biodegradable handles with soft, BPA-free bristles.', 999, 140],
      ['Natural Deodorant', 'Aluminium-free deodorant with arrowroot and a light cedar scent.', 1300, 0],
      ['Safety Razor', 'Weighted chrome razor for a close shave; comes with ten blades.', 3500, 20],
      ['Argan Hair Oil', 'Cold-pressed argan oil that tames frizz and adds shine without grease.', 2200, 31],
      ['Clay Face Mask', 'Kaolin and bentonite clay mask that clears pores in ten minutes.', 1800, 26],
      ['Shea Body Butter', 'Rich whipped shea butter for dry skin, scented with vanilla and orange.', 1600, 4],
      ['Silk Sleep Mask', 'Pure mulberry silk mask that blocks light and is gentle on skin.', 2900, 18],
      ['Hand Cream Trio', 'Three travel tubes of hand cream: lavender, rose and unscented.', 2100, 35],
      ['Nail Care Kit', 'Stainless clippers, file and cuticle pusher in a zip leather case.', 2700, 12],
    ],
  },
];
