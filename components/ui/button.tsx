import type { ComponentProps } from "react";

type Variant = "primary" | "secondary" | "danger";

const VARIANTS: Record<Variant, string> = {
  primary: "bg-blue-800 text-white hover:bg-blue-900 disabled:bg-stone-400",
  secondary: "border border-stone-400 bg-white text-stone-900 hover:bg-stone-100 disabled:text-stone-500",
  danger: "bg-red-700 text-white hover:bg-red-800 disabled:bg-stone-400",
};

export function buttonClass(variant: Variant = "primary") {
  return `inline-flex min-h-11 items-center justify-center gap-2 rounded-md px-4 py-2 font-medium no-underline hover:no-underline disabled:cursor-not-allowed ${VARIANTS[variant]}`;
}

export function Button({
  variant = "primary",
  className = "",
  type = "button",
  ...props
}: ComponentProps<"button"> & { variant?: Variant }) {
  return <button type={type} className={`${buttonClass(variant)} ${className}`} {...props} />;
}
