const money = new Intl.NumberFormat('pl-PL', { style: 'currency', currency: 'PLN' });

/**
 * Złoty as Polish readers expect them: "12 345,67 zł" (CLDR's pl-PL: no-break spaces between
 * thousands from five digits up, so 5 000 prints as "5000,00 zł"; a minus sign for losses).
 */
export const formatZl = (zl: number) => money.format(zl === 0 ? 0 : zl);

const tick = new Intl.NumberFormat('pl-PL', { maximumFractionDigits: 1 });
/** An axis label in thousands of złoty, e.g. "120 tys. zł". */
export const formatThousands = (zl: number) => (zl === 0 ? '0 zł' : `${tick.format(zl / 1000)} tys. zł`);
